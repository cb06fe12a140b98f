import { TRADE } from '../kinds';
import { figureChart, inLayoutOrder, labelled } from '../specDefaults';
import { TradeDrawing } from './TradeDrawing';
import { tradeView } from './tradeView';
import { YearControl } from './YearControl';

/** Trade by relationship: competing claims together, mirror gaps, group breakdowns, one year. */
export const tradeSpec = figureChart(TRADE, {
  nouns: { marks: 'bars', table: 'figures as reported' },
  compute: (records, width, measure, o) =>
    tradeView(records, width, measure, {
      year: o.tradeYear,
      groupMembers: o.groupMembers,
      naming: o.naming,
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
      return labelled(
        b,
        `${view.markNames.get(b.id) ?? t.subject}: ${t.value}, ${t.year}, ${reporter}${t.regional ? `, ${t.regional}` : ''}`,
      );
    }),
  // The year shown; the other years' figures are named in the note, and listed when chosen.
  ordered: (texts, view) => inLayoutOrder(texts, view.order, 'dropped'),
  computed: (view) => view.computed,
  notes: (view) => ({
    summary: [...view.noteText, view.leftOut ?? ''].join(' '),
    highlights: view.highlights,
    leftOut: view.leftOut,
  }),
  fold: (view) => ({ ...view.fold, noun: 'relationships' }),
  Controls: YearControl,
});
