import type { ReactNode } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import { claimsSpec } from './claims/claimsSpec';
import { countsSpec } from './counts/countsSpec';
import { deathsSpec, peopleSpec } from './deaths/deathsSpec';
import { investmentSpec } from './investment/investmentSpec';
import { lossesSpec } from './investment/lossesSpec';
import { KeyFigures } from './keyFigures/KeyFigures';
import { percentSpec } from './percent/percentSpec';
import { priceSpec } from './price/priceSpec';
import type { DetailText } from './SelectedDetail';
import { type PlacedChartProps, SpecChart } from './SpecChart';
import { scaleSpec } from './scale/scaleSpec';
import type { Cap, ChartSpec } from './spec';
import { timelineSpec } from './timeline/timelineSpec';
import { tradeSpec } from './trade/tradeSpec';
import { tradeYearsSpec } from './tradeYears/tradeYearsSpec';

// Every chart the panel shows, in page order. A new chart is a spec (with its compute and
// drawing) and one line here.

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

export const CHARTS: readonly RegisteredChart[] = [
  figures(tradeSpec),
  figures(tradeYearsSpec),
  figures(investmentSpec),
  figures(lossesSpec),
  figures(deathsSpec),
  figures(peopleSpec('injuries')),
  figures(peopleSpec('displaced')),
  figures(peopleSpec('detentions')),
  figures(claimsSpec),
  figures(priceSpec),
  figures(percentSpec('share')),
  figures(percentSpec('tariff')),
  figures(countsSpec),
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
