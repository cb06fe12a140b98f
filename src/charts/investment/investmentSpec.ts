import { relationshipFacts } from '../describeRecord';
import { INVESTMENT } from '../kinds';
import { figureChart } from '../spec';
import { TradeDrawing } from '../trade/TradeDrawing';
import { computeInvestment } from './computeInvestment';

/** Investment by relationship, investor → recipient: competing claims, ranges and years. */
export const investmentSpec = figureChart({
  id: 'investment',
  nouns: { empty: 'investment figures', marks: 'bars', table: 'figures as reported' },
  optional: true,
  reserve: (width) => (width < 600 ? 300 : 260),
  takes: INVESTMENT.takes,
  cap: INVESTMENT.cap,
  compute: (texts, width, measure) =>
    computeInvestment(
      texts.map((t) => ({
        ...relationshipFacts(t),
        valueText: t.value,
        approximate: t.approximate,
        fromName: t.subject,
        toName: t.counterpart,
      })),
      width,
      measure,
    ),
  words: () => ({
    title: 'Investment, investor → recipient',
    dek: 'Investment in US dollars as each source reported it, from investor to recipient.',
    caption:
      'One bar per figure as reported, to scale from zero; competing claims side by side, never added together. Ranges are drawn as spans.',
    footer: 'Each value as reported, with its year and reporter. Crossroads.',
  }),
  Drawing: TradeDrawing,
  marks: (layout, byId) =>
    layout.bars.map((b) => {
      const t = byId.get(b.id)!;
      return {
        id: b.id,
        hit: b.hit,
        anchor: b.anchor,
        label: `${layout.markNames.get(b.id) ?? t.subject}: ${t.value}, ${t.year}, ${t.reporterStated ? `reported by ${t.reporter}` : 'source not stated'}`,
      };
    }),
  ordered: (texts, layout) => {
    // Drawn figures first, in the order drawn; then the rest (earlier years) for the table.
    const rank = new Map(layout.order.map((id, i) => [id, i]));
    return [...texts].sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size));
  },
  notes: (layout) => ({ leftOut: layout.leftOut, summary: layout.leftOut ?? '' }),
});
