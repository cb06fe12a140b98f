import type { ReactNode } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import { claimsSpec } from './claims/claimsSpec';
import { deathsSpec } from './deaths/deathsSpec';
import { KeyFigures } from './keyFigures/KeyFigures';
import {
  COUNTS,
  INVESTMENT,
  type KindFacts,
  LOSSES,
  type PeopleKind,
  PRICE,
  peopleKind,
  percentKind,
  TRADE_YEARS,
} from './kinds';
import { LesserChart, type LoadChart } from './LesserChart';
import type { DetailText } from './SelectedDetail';
import { type PlacedChartProps, SpecChart } from './SpecChart';
import { scaleSpec } from './scale/scaleSpec';
import type { Cap, ChartSpec } from './spec';
import { timelineSpec } from './timeline/timelineSpec';
import { tradeSpec } from './trade/tradeSpec';

// Every chart the panel shows, in page order. The main charts (trade, deaths, claims, scale,
// key figures, timeline) draw at once; each lesser kind is its facts (kinds.ts) and a dynamic
// import of its spec, loaded when its summary line is opened (LesserChart).

export interface ChartEntry<R> {
  id: string;
  takes: (record: R) => boolean;
  cap: Cap<R>;
  /** Drawn only when it has records (see ChartSpec.optional). */
  optional: boolean;
  emptyNoun: string;
  render: (props: PlacedChartProps<R>) => ReactNode;
}

export type RegisteredChart =
  | ({ records: 'figures' } & ChartEntry<Figure>)
  | ({ records: 'events' } & ChartEntry<TimelineEvent>)
  /** Key figures: every figure no chart takes. */
  | ({ records: 'other figures' } & ChartEntry<Figure>);

function entry<R, T extends DetailText, L extends { height: number }>(
  spec: ChartSpec<R, T, L>,
): ChartEntry<R> {
  return {
    id: spec.id,
    takes: spec.takes,
    cap: spec.cap,
    optional: spec.optional,
    emptyNoun: spec.nouns.empty,
    render: (props) => <SpecChart spec={spec} {...props} />,
  };
}

const figures = <T extends DetailText, L extends { height: number }>(spec: ChartSpec<Figure, T, L>) =>
  ({ records: 'figures', ...entry(spec) }) as const;

/** How a loaded spec draws. */
const drawing =
  <T extends DetailText, L extends { height: number }>(spec: ChartSpec<Figure, T, L>) =>
  (props: PlacedChartProps<Figure>) => <SpecChart spec={spec} {...props} />;

function lesser(facts: KindFacts, load: LoadChart): { records: 'figures' } & ChartEntry<Figure> {
  return {
    records: 'figures',
    id: facts.id,
    takes: facts.takes,
    cap: facts.cap,
    optional: true,
    emptyNoun: facts.noun,
    render: (props) => <LesserChart key={facts.id} facts={facts} load={load} {...props} />,
  };
}

const people = (kind: PeopleKind) =>
  lesser(peopleKind(kind), () => import('./deaths/deathsSpec').then((m) => drawing(m.peopleSpec(kind))));
const percent = (kind: 'share' | 'tariff') =>
  lesser(percentKind(kind), () => import('./percent/percentSpec').then((m) => drawing(m.percentSpec(kind))));

export const CHARTS: readonly RegisteredChart[] = [
  figures(tradeSpec),
  lesser(TRADE_YEARS, () => import('./tradeYears/tradeYearsSpec').then((m) => drawing(m.tradeYearsSpec))),
  lesser(INVESTMENT, () => import('./investment/investmentSpec').then((m) => drawing(m.investmentSpec))),
  lesser(LOSSES, () => import('./investment/lossesSpec').then((m) => drawing(m.lossesSpec))),
  figures(deathsSpec),
  people('injuries'),
  people('displaced'),
  people('detentions'),
  figures(claimsSpec),
  lesser(PRICE, () => import('./price/priceSpec').then((m) => drawing(m.priceSpec))),
  percent('share'),
  percent('tariff'),
  lesser(COUNTS, () => import('./counts/countsSpec').then((m) => drawing(m.countsSpec))),
  figures(scaleSpec),
  {
    records: 'other figures',
    id: 'key-figures',
    takes: () => false,
    cap: { limit: 2000, rule: 'first in the data' },
    optional: false,
    emptyNoun: 'other figures',
    render: (props) => <KeyFigures {...props} />,
  },
  { records: 'events', ...entry(timelineSpec) },
];
