import { TRADE } from '../kinds';
import { figureChart } from '../spec';
import { TradeDrawing } from './TradeDrawing';
import { tradeView } from './tradeView';
import { YearControl } from './YearControl';

/** Trade by relationship: competing claims together, mirror gaps, group breakdowns, one year. */
export const tradeSpec = figureChart({
  id: 'trade',
  nouns: { empty: 'trade figures', marks: 'bars', table: 'figures as reported' },
  reserve: (width) => (width < 600 ? 470 : 420),
  takes: TRADE.takes,
  cap: TRADE.cap,
  compute: (texts, width, measure, o) =>
    tradeView(texts, width, measure, {
      year: o.tradeYear,
      groupMembers: o.groupMembers,
      names: o.names,
      showAll: o.showAll === true,
    }),
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
  ordered: (texts, view) => {
    const byId = new Map(texts.map((t) => [t.id, t]));
    return view.order.flatMap((id) => byId.get(id) ?? []);
  },
  computed: (view) => view.computed,
  notes: (view) => ({
    summary: [...view.noteText, view.leftOut ?? ''].join(' '),
    highlights: view.highlights,
    leftOut: view.leftOut,
  }),
  fold: (view) => ({ ...view.fold, noun: 'relationships' }),
  Controls: YearControl,
});
