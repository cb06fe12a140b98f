import type { ReactNode } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
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
// a dynamic import of its compute and drawing. The main charts load as they near the viewport;
// the lesser kinds start as a summary line and load when opened (LazyChart.tsx).

export interface ChartEntry<R> {
  id: string;
  takes: (record: R) => boolean;
  cap: Cap<R>;
  /** Drawn only when it has records (see ChartSpec.optional). */
  optional: boolean;
  emptyNoun: string;
  /** A lesser kind: listed after the main charts as a summary line that opens on demand. */
  lesser: boolean;
  render: (props: PlacedChartProps<R>) => ReactNode;
}

export type RegisteredChart =
  | ({ records: 'figures' } & ChartEntry<Figure>)
  | ({ records: 'events' } & ChartEntry<TimelineEvent>)
  /** Key figures: every figure no chart takes. */
  | ({ records: 'other figures' } & ChartEntry<Figure>);

/** A spec's chart, loaded with the skeleton every spec chart shares (SpecChart). */
const specChart =
  <M, R, T extends DetailText, L extends { height: number }>(
    module: () => Promise<M>,
    pick: (m: M) => ChartSpec<R, T, L>,
  ): LoadChart<R> =>
  () =>
    Promise.all([module(), import('./SpecChart')]).then(([m, { drawSpec }]) => drawSpec(pick(m)));

/** A main chart, drawn as it nears the viewport; `reserve` holds its place until then. */
function main(
  facts: KindFacts,
  reserve: number,
  load: LoadChart<Figure>,
  optional = false,
): { records: 'figures' } & ChartEntry<Figure> {
  return {
    records: 'figures',
    id: facts.id,
    takes: facts.takes,
    cap: facts.cap,
    optional,
    emptyNoun: facts.noun,
    lesser: false,
    render: (props) => (
      <DeferredChart key={facts.id} facts={facts} load={load} reserve={reserve} wide={false} {...props} />
    ),
  };
}

function lesser(facts: KindFacts, load: LoadChart<Figure>): { records: 'figures' } & ChartEntry<Figure> {
  return {
    records: 'figures',
    id: facts.id,
    takes: facts.takes,
    cap: facts.cap,
    optional: true,
    emptyNoun: facts.noun,
    lesser: true,
    render: (props) => <LesserChart key={facts.id} facts={facts} load={load} {...props} />,
  };
}

const people = (kind: PeopleKind) =>
  lesser(
    peopleKind(kind),
    specChart(
      () => import('./deaths/deathsSpec'),
      (m) => m.peopleSpec(kind),
    ),
  );
const percent = (kind: 'share' | 'tariff') =>
  lesser(
    percentKind(kind),
    specChart(
      () => import('./percent/percentSpec'),
      (m) => m.percentSpec(kind),
    ),
  );

const OTHER_FIGURES: KindFacts = {
  id: 'key-figures',
  title: 'Other figures in the articles',
  noun: 'other figures',
  takes: () => false,
  cap: { limit: 2000, rule: 'first in the data' },
};

// Made once, not per render: the chart places are memoised on their props.
const loadTimeline = specChart(
  () => import('./timeline/timelineSpec'),
  (m) => m.timelineSpec,
);

export const CHARTS: readonly RegisteredChart[] = [
  main(
    TRADE,
    420,
    specChart(
      () => import('./trade/tradeSpec'),
      (m) => m.tradeSpec,
    ),
  ),
  lesser(
    TRADE_YEARS,
    specChart(
      () => import('./tradeYears/tradeYearsSpec'),
      (m) => m.tradeYearsSpec,
    ),
  ),
  lesser(
    INVESTMENT,
    specChart(
      () => import('./investment/investmentSpec'),
      (m) => m.investmentSpec,
    ),
  ),
  lesser(
    LOSSES,
    specChart(
      () => import('./investment/lossesSpec'),
      (m) => m.lossesSpec,
    ),
  ),
  main(
    peopleKind('deaths'),
    212,
    specChart(
      () => import('./deaths/deathsSpec'),
      (m) => m.deathsSpec,
    ),
  ),
  people('injuries'),
  people('displaced'),
  people('detentions'),
  main(
    CLAIMS,
    240,
    specChart(
      () => import('./claims/claimsSpec'),
      (m) => m.claimsSpec,
    ),
  ),
  lesser(
    PRICE,
    specChart(
      () => import('./price/priceSpec'),
      (m) => m.priceSpec,
    ),
  ),
  percent('share'),
  percent('tariff'),
  lesser(
    COUNTS,
    specChart(
      () => import('./counts/countsSpec'),
      (m) => m.countsSpec,
    ),
  ),
  main(
    SCALE,
    420,
    specChart(
      () => import('./scale/scaleSpec'),
      (m) => m.scaleSpec,
    ),
  ),
  {
    ...main(OTHER_FIGURES, 420, () =>
      import('./keyFigures/KeyFigures').then((m) => (props) => <m.KeyFigures {...props} />),
    ),
    records: 'other figures',
  },
  {
    records: 'events',
    id: TIMELINE.id,
    takes: TIMELINE.takes,
    cap: TIMELINE.cap,
    optional: false,
    emptyNoun: TIMELINE.noun,
    lesser: false,
    render: (props) => (
      <DeferredChart key={TIMELINE.id} facts={TIMELINE} load={loadTimeline} reserve={350} wide {...props} />
    ),
  },
];
