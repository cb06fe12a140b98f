import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { selectFilterIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { selectEntityNames } from '../chartSelectors';
import { FIGURE_COLUMNS, figureCsvRow } from '../csvRows';
import { FigureTable } from '../DataTables';
import { describeFigure, type FigureText } from '../describeRecord';
import { FigureTooltip } from '../RecordTooltip';
import type { ChartSpec } from '../spec';
import { TradeDrawing } from './TradeDrawing';
import { type TradeOptions, type TradeView, tradeView } from './tradeView';
import { YearControl } from './YearControl';

function useTradeOptions(): TradeOptions {
  const year = useAppStore((s) => s.tradeYear);
  const index = useAppStore(selectFilterIndex);
  const names = useAppStore(selectEntityNames);
  return useMemo(
    () => ({ year: year ?? 'latest', groupMembers: index.members, names }),
    [year, index, names],
  );
}

const byValueDesc = (a: Matched<Figure>, b: Matched<Figure>) => b.record.value - a.record.value;

/** Trade by relationship: competing claims together, mirror gaps, group breakdowns, one year. */
export const tradeSpec: ChartSpec<Figure, FigureText, TradeView, TradeOptions> = {
  id: 'trade',
  recordKind: 'figure',
  emptyNoun: 'trade figures',
  marksNoun: 'bars',
  tableNoun: 'figures as reported',
  reserve: (width) => (width < 600 ? 470 : 420),
  takes: (f) => f.kind === 'trade' && f.unit === 'USD',
  // The chart ranks and caps relationships itself; this only bounds the work on huge data.
  cap: { limit: 2000, rule: 'largest', compare: byValueDesc },
  articleOf: (t) => t.figure.source.article,
  describe: (record, match, ctx) => describeFigure(record, match, ctx),
  useOptions: useTradeOptions,
  compute: tradeView,
  words: (_texts, view) => ({
    title: view.title,
    dek: 'Total trade in US dollars, as each source reported it, by relationship: read the year and reporter under each bar before comparing.',
    caption:
      'Bars are drawn to scale from zero, one per figure as reported; none is adjusted to a common year, and figures from different reporters are never added together unless a line says so. Shares, remainders and ratios are computed, as their lines say.',
    footer: 'Each value as reported, with its year and reporter; computed values say so. Crossroads.',
  }),
  Drawing: TradeDrawing,
  marks: (view, byId) =>
    view.bars.map((b) => {
      const t = byId.get(b.id)!;
      const reporter = t.reporterStated ? `reported by ${t.reporter}` : 'source not stated';
      return {
        id: b.id,
        hit: b.hit,
        anchor: b.anchor,
        label: `${view.markNames.get(b.id) ?? t.subject}: ${t.value}, ${t.year}, ${reporter}${t.regional ? `, ${t.regional}` : ''}`,
      };
    }),
  ordered: (_texts, view) => {
    const byId = new Map(_texts.map((t) => [t.id, t]));
    return view.order.flatMap((id) => byId.get(id) ?? []);
  },
  computed: (view) => view.computed,
  csv: { columns: FIGURE_COLUMNS, row: figureCsvRow },
  Table: FigureTable,
  Tooltip: FigureTooltip,
  summary: (view) => [...view.noteText, view.leftOut ?? ''].join(' '),
  Controls: YearControl,
  highlights: (view) => view.highlights,
  leftOut: (view) => view.leftOut,
};
