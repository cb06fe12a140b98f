import type { GenContext } from '../context';
import { dayOf, yearOf } from '../dates';
import { tenths } from '../words';
import { capitalise, type Stated } from './stated';

// Ten years of trade for a few relationships, each year reported by both sides (mirror figures
// that differ, as customs statistics do), plus each side's undated figure ("stands at about …")
// beside the dated ones. The chart issue needs exactly this shape; the plan is fixed, so a small
// corpus takes its first entries: the undated figures and the latest years of every relationship.

export const SERIES_YEARS = { first: 2015, last: 2024 } as const;

/** [reporting side, partner, value in 2015 in tenths of a billion USD, yearly growth]. */
const RELATIONSHIPS: readonly [string, string, number, number][] = [
  ['CHN', 'KAZ', 105, 0.09],
  ['RUS', 'KAZ', 180, 0.05],
  ['CHN', 'UZB', 35, 0.16],
  ['EUU', 'KAZ', 240, 0.03],
  ['RUS', 'UZB', 40, 0.1],
  ['CHN', 'KGZ', 15, 0.14],
];
/** Who publishes each side's figure. */
const STATISTICS: Record<string, string> = {
  CHN: 'Chinese customs',
  RUS: 'the Russian customs service',
  KAZ: 'the Kazakh statistics bureau',
  UZB: 'the Uzbek statistics agency',
  KGZ: 'the Kyrgyz statistics committee',
  EUU: 'Eurostat',
};

interface Entry {
  side: string;
  other: string;
  year: number | null;
  /** The trend value for the year, in tenths of a billion; each side's report varies around it. */
  trend: number;
}

function plan(): Entry[] {
  const entries: Entry[] = [];
  const trendOf = (start: number, growth: number, year: number) =>
    Math.round(start * (1 + growth) ** (year - SERIES_YEARS.first));
  for (const [a, b, start, growth] of RELATIONSHIPS) {
    const latest = trendOf(start, growth, SERIES_YEARS.last);
    entries.push(
      { side: b, other: a, year: null, trend: latest },
      { side: a, other: b, year: null, trend: latest },
    );
  }
  for (let year = SERIES_YEARS.last; year >= SERIES_YEARS.first; year--)
    for (const [a, b, start, growth] of RELATIONSHIPS) {
      const trend = trendOf(start, growth, year);
      entries.push({ side: a, other: b, year, trend }, { side: b, other: a, year, trend });
    }
  return entries;
}
const PLAN = plan();
const DATED = PLAN.filter((entry) => entry.year !== null);
export const SERIES_SIZE = PLAN.length;

/** The `index`th figure of the plan; past its end, a dated year again (a later or revised report). */
export function tradeSeries(ctx: GenContext, index: number): Stated {
  const { rng, names } = ctx;
  const entry = (index < PLAN.length ? PLAN[index] : DATED[(index - PLAN.length) % DATED.length]) as Entry;
  // Each side's statistics differ from the other's by up to a fifth, as mirror statistics do.
  const value = Math.max(1, Math.round(entry.trend * (0.85 + rng.next() * 0.3)));
  const [a, b] = [names.name(entry.side), names.name(entry.other)];
  const written = `$${tenths(value)} billion`;
  const slot =
    entry.year === null
      ? ctx.pool.pickFrom(dayOf(`${SERIES_YEARS.last}-06-01`))
      : ctx.pool.pickFrom(dayOf(`${entry.year + 1}-01-20`));
  // A small data set may have no article late enough: the figure is then for the article's year.
  const year = entry.year === null ? null : Math.min(entry.year, yearOf(ctx.pool.dayOf(slot)));
  const dated = year !== null;
  return {
    kind: 'trade',
    label: capitalise(`trade between ${a} and ${b}`),
    value: value * 1e8,
    unit: 'USD',
    core: dated
      ? `${capitalise(a)}'s trade with ${b} reached ${written} in ${year}`
      : `${capitalise(a)}'s trade with ${b} stands at around ${written}`,
    year,
    asOf: null,
    qualifier: dated ? null : 'around',
    reportedBy: STATISTICS[entry.side] ?? null,
    subject: entry.side,
    counterpart: entry.other,
    slot,
  };
}
