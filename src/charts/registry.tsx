import type { ReactNode } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import { memoLast } from '../lib/memo';
import type { Matched } from '../state/selectors';
import {
  CLAIMS,
  COUNTS,
  INVESTMENT,
  type KindFacts,
  LOSSES,
  type PeopleKind,
  PRICE,
  peopleKind,
  percentKind,
  SCALE,
  TIMELINE,
  TRADE,
  TRADE_YEARS,
} from './kinds';
import { DeferredChart, LesserChart, type LoadChart } from './LazyChart';
import type { DetailText } from './SelectedDetail';
import type { PlacedChartProps } from './SpecChart';
import type { Cap, ChartSpec } from './spec';

// Every chart the panel shows, in page order: each is its facts (kinds.ts, cheap and static) and
// a dynamic import of its compute and drawing, made once (memoLast) however many ask for it. The
// main charts' code is fetched when the charts panel mounts (fetchMainChartCode); a main chart
// draws as it nears the viewport; the lesser kinds start as a summary line and load when opened
// (LazyChart.tsx).

export interface ChartEntry<R> {
  id: string;
  takes: (record: R) => boolean;
  /** The only figure kinds `takes` can accept (KindFacts). */
  kinds?: readonly Figure['kind'][];
  cap: Cap<R>;
  /** Drawn only when it has records; a kind with only a handful gives them to the key-figure cards. */
  optional: boolean;
  /** Whether the records give the chart anything to draw (absent: any record does). */
  drawable?: (records: readonly Matched<R>[]) => boolean;
  emptyNoun: string;
  /** A lesser kind: listed after the main charts as a summary line that opens on demand. */
  lesser: boolean;
  /** Its code: fetched and evaluated at the first call, the same promise at every later one. */
  load: LoadChart<R>;
  render: (props: PlacedChartProps<R>) => ReactNode;
}

export type RegisteredChart =
  | ({ records: 'figures' } & ChartEntry<Figure>)
  | ({ records: 'events' } & ChartEntry<TimelineEvent>)
  /** Key figures: every figure no chart takes. */
  | ({ records: 'other figures' } & ChartEntry<Figure>);

/** A spec's chart, loaded with the skeleton every spec chart shares (SpecChart). */
const specChart =
  <R, T extends DetailText, L extends { height: number }>(
    spec: () => Promise<ChartSpec<R, T, L>>,
  ): LoadChart<R> =>
  () =>
    Promise.all([spec(), import('./SpecChart')]).then(([loaded, { drawSpec }]) => drawSpec(loaded));

/** A main chart, drawn as it nears the viewport; its facts' reserve holds its place until then. */
function main<R>(facts: KindFacts<R>, fetchCode: LoadChart<R>, wide = false): ChartEntry<R> {
  // One load per chart for the page's life (a failed chunk import fails again anyway).
  const load = memoLast(fetchCode);
  return {
    id: facts.id,
    takes: facts.takes,
    ...(facts.kinds === undefined ? {} : { kinds: facts.kinds }),
    cap: facts.cap,
    optional: false,
    emptyNoun: facts.noun,
    lesser: false,
    load,
    render: (props) => (
      <DeferredChart
        key={facts.id}
        facts={facts}
        load={load}
        reserve={facts.reserve.wide}
        wide={wide}
        {...props}
      />
    ),
  };
}

/** A figure chart's spec, loaded on demand. */
type LoadSpec<T extends DetailText, L extends { height: number }> = () => Promise<ChartSpec<Figure, T, L>>;

/** A lesser kind: a summary line that loads and draws its chart when opened. */
function lesser<T extends DetailText, L extends { height: number }>(
  facts: KindFacts,
  spec: LoadSpec<T, L>,
): { records: 'figures' } & ChartEntry<Figure> {
  const load = memoLast(specChart(spec));
  return {
    records: 'figures',
    id: facts.id,
    takes: facts.takes,
    ...(facts.kinds === undefined ? {} : { kinds: facts.kinds }),
    cap: facts.cap,
    optional: true,
    ...(facts.drawable === undefined ? {} : { drawable: facts.drawable }),
    emptyNoun: facts.noun,
    lesser: true,
    load,
    render: (props) => <LesserChart key={facts.id} facts={facts} load={load} {...props} />,
  };
}

/** A main chart of figures. */
const figures = <T extends DetailText, L extends { height: number }>(
  facts: KindFacts,
  spec: LoadSpec<T, L>,
) => ({
  records: 'figures' as const,
  ...main(facts, specChart(spec)),
});

const people = (kind: PeopleKind) =>
  lesser(peopleKind(kind), () => import('./deaths/deathsSpec').then((m) => m.peopleSpec(kind)));
const percent = (kind: 'share' | 'tariff') =>
  lesser(percentKind(kind), () => import('./percent/percentSpec').then((m) => m.percentSpec(kind)));

const OTHER_FIGURES: KindFacts = {
  id: 'key-figures',
  title: 'Other figures in the articles',
  noun: 'other figures',
  takes: () => false,
  cap: { limit: 2000, rule: 'first in the data' },
  reserve: { narrow: 420, wide: 420 },
};

export const CHARTS: readonly RegisteredChart[] = [
  figures(TRADE, () => import('./trade/tradeSpec').then((m) => m.tradeSpec)),
  lesser(TRADE_YEARS, () => import('./tradeYears/tradeYearsSpec').then((m) => m.tradeYearsSpec)),
  lesser(INVESTMENT, () => import('./investment/investmentSpec').then((m) => m.investmentSpec)),
  lesser(LOSSES, () => import('./investment/investmentSpec').then((m) => m.lossesSpec)),
  figures(peopleKind('deaths'), () => import('./deaths/deathsSpec').then((m) => m.deathsSpec)),
  people('injuries'),
  people('displaced'),
  people('detentions'),
  figures(CLAIMS, () => import('./claims/claimsSpec').then((m) => m.claimsSpec)),
  lesser(PRICE, () => import('./price/priceSpec').then((m) => m.priceSpec)),
  percent('share'),
  percent('tariff'),
  lesser(COUNTS, () => import('./counts/countsSpec').then((m) => m.countsSpec)),
  figures(SCALE, () => import('./scale/scaleSpec').then((m) => m.scaleSpec)),
  {
    records: 'other figures',
    ...main(OTHER_FIGURES, () =>
      import('./keyFigures/KeyFigures').then((m) => (props) => <m.KeyFigures {...props} />),
    ),
  },
  {
    records: 'events',
    ...main(
      TIMELINE,
      specChart(() => import('./timeline/timelineSpec').then((m) => m.timelineSpec)),
      true,
    ),
  },
];

/**
 * Starts fetching every main chart's code, so that a chart is drawn as soon as it nears the
 * viewport instead of waiting then for a dozen chunks (each behind whatever the main thread is
 * doing). The charts panel calls it when it mounts; the lesser kinds wait to be opened. Called at
 * the app's start instead, beside the data, it slowed the corpus's load by 200 ms (BENCHMARKS.md).
 */
export function fetchMainChartCode(): void {
  for (const chart of CHARTS) if (!chart.lesser) void chart.load().catch(() => undefined);
}
