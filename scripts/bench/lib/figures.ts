import type { Figure } from '../../../src/data/schema';
import { UNDATED_REFERENCE_DAY } from './articles';
import type { GenContext } from './context';
import { isoOf, longDate, yearOf } from './dates';
import { REGION } from './geography';
import { REPORTERS, slugify, tenths, withCommas } from './words';

// Figures and the sentences that state them. Every number is written in a form the validator's
// number reader parses back to exactly `value` ("$12.4 billion", "1,234 people", "25%").

const HOSTS = REGION.map((country) => country.code);
const TRADERS = [...HOSTS, 'CAS', 'EUU', 'USA', 'IND'];
const TARIFF_SETTERS = ['USA', 'EUU', 'CHN', 'RUS', 'TUR', 'IND'];
type BenchKind = 'trade' | 'deaths' | 'population' | 'detentions' | 'tariff';
const KINDS: readonly BenchKind[] = ['trade', 'trade', 'deaths', 'population', 'detentions', 'tariff'];
const QUALIFIER_WORDS: Record<string, string> = {
  around: 'around ',
  estimated: 'an estimated ',
  'more than': 'more than ',
};
const UNITS: Record<BenchKind, Figure['unit']> = {
  trade: 'USD',
  deaths: 'people',
  population: 'people',
  detentions: 'people',
  tariff: 'percent',
};

interface Stated {
  label: string;
  value: number;
  /** The clause that states the number; the sentence adds an attribution after it. */
  core: string;
  year: number | null;
  asOf: string | null;
  counterpart: string | null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A whole number in [min, max], small values as common as large ones per order of magnitude. */
const logUniform = (ctx: GenContext, min: number, max: number): number =>
  Math.min(max, Math.round(min * (max / min) ** ctx.rng.next()));

function state(ctx: GenContext, kind: Figure['kind'], subject: string, q: string, day: number): Stated {
  const { rng, names } = ctx;
  const who = names.name(subject);
  const year = yearOf(day) - rng.int(4);
  const asOfDay = day - rng.int(60);
  if (kind === 'trade') {
    const counterpart = rng.pick(TRADERS.filter((code) => code !== subject));
    const billions = rng.chance(0.6);
    const amount = billions ? logUniform(ctx, 5, 2000) : logUniform(ctx, 10, 999);
    const written = billions ? `$${tenths(amount)} billion` : `$${amount} million`;
    return {
      label: capitalise(`trade between ${who} and ${names.name(counterpart)}`),
      value: billions ? amount * 1e8 : amount * 1e6,
      core: `Trade between ${who} and ${names.name(counterpart)} reached ${q}${written} in ${year}`,
      year,
      asOf: null,
      counterpart,
    };
  }
  if (kind === 'population') {
    const amount = rng.between(5, 1500);
    return {
      label: capitalise(`population of ${who}`),
      value: amount * 1e5,
      core: `In ${year}, ${who} had a population of ${q}${tenths(amount)} million`,
      year,
      asOf: null,
      counterpart: null,
    };
  }
  if (kind === 'tariff') {
    const counterpart = rng.pick(HOSTS.filter((code) => code !== subject));
    const rate = rng.between(5, 60);
    const written = rng.chance(0.5) ? `${rate}%` : `${rate} percent`;
    return {
      label: capitalise(`tariff by ${who} on goods from ${names.name(counterpart)}`),
      value: rate,
      core: `${capitalise(who)} announced a ${q}${written} tariff on goods from ${names.name(counterpart)}`,
      year: null,
      asOf: isoOf(asOfDay),
      counterpart,
    };
  }
  const count = logUniform(ctx, 2, kind === 'deaths' ? 40_000 : 5_000);
  const happened = kind === 'deaths' ? 'been killed in' : 'been detained in';
  return {
    label: capitalise(kind === 'deaths' ? `deaths in ${who}` : `people detained in ${who}`),
    value: count,
    core: `By ${longDate(asOfDay)}, ${q}${withCommas(count)} people had ${happened} ${who}`,
    year: null,
    asOf: isoOf(asOfDay),
    counterpart: null,
  };
}

export function makeFigures(ctx: GenContext, count: number): Figure[] {
  const { rng } = ctx;
  const figures: Figure[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.pick(KINDS);
    const subject = rng.pick(
      kind === 'trade' ? TRADERS : kind === 'tariff' ? TARIFF_SETTERS : HOSTS.filter((c) => c !== 'CHN'),
    );
    const qualifier =
      kind === 'tariff' ? null : rng.pick([null, null, 'around', 'estimated', 'more than'] as const);
    const slot = ctx.pool.pick();
    const day = slot.published ?? UNDATED_REFERENCE_DAY;
    const stated = state(
      ctx,
      kind,
      subject,
      qualifier === null ? '' : (QUALIFIER_WORDS[qualifier] ?? ''),
      day,
    );
    const reportedBy = rng.chance(0.8) ? rng.pick(REPORTERS[kind]) : null;
    const sentence = `${stated.core}${reportedBy === null ? '' : `, according to ${reportedBy}`}.`;
    figures.push({
      id: `${kind}-${slugify(ctx.names.name(subject), 40)}-${i + 1}`,
      kind,
      label: stated.label,
      value: stated.value,
      unit: UNITS[kind],
      year: stated.year,
      asOf: stated.asOf,
      qualifier,
      reportedBy,
      subject,
      counterpart: stated.counterpart,
      note: rng.chance(0.05) ? 'The article rounds this figure.' : null,
      source: ctx.pool.cite(slot, sentence, rng.chance(0.5) ? stated.core : sentence),
    });
  }
  return figures;
}
