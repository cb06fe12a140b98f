import { isApproximate } from '../../lib/formatValue';
import { figureValueText, nameOf, relationshipFacts } from '../describeRecord';
import { INVESTMENT, type KindFacts, LOSSES } from '../kinds';
import { figureChart, inLayoutOrder, labelled, leftOutNotes, type SpecWords } from '../specDefaults';
import { TradeDrawing } from '../trade/TradeDrawing';
import { computeInvestment } from './computeInvestment';

const MONEY_WORDS = {
  caption:
    'One bar per figure as reported, to scale from zero; competing claims side by side, never added together. Ranges are drawn as spans.',
  footer: 'Each value as reported, with its year and reporter. Crossroads.',
};

/** Money by relationship, from one side to the other: competing claims, ranges and years. */
const moneyChart = (facts: KindFacts, dek: string) =>
  figureChart(facts, {
    nouns: { marks: 'bars', table: 'figures as reported' },
    compute: (records, width, measure, { names }) =>
      computeInvestment(
        records.map(({ record: f }) => ({
          ...relationshipFacts(f),
          valueText: figureValueText(f),
          approximate: isApproximate(f.qualifier),
          fromName: nameOf(names, f.subject),
          toName: f.counterpart === null ? null : nameOf(names, f.counterpart),
        })),
        width,
        measure,
      ),
    words: (): SpecWords => ({ dek, ...MONEY_WORDS }),
    Drawing: TradeDrawing,
    marks: (layout, byId) =>
      layout.bars.map((b) => {
        const t = byId.get(b.id)!;
        const reporter = t.reporterStated ? `reported by ${t.reporter}` : 'source not stated';
        return labelled(b, `${layout.markNames.get(b.id) ?? t.subject}: ${t.value}, ${t.year}, ${reporter}`);
      }),
    // Drawn figures first, in the order drawn; then the rest (earlier years) for the table.
    ordered: (texts, layout) => inLayoutOrder(texts, layout.order),
    notes: (layout) => leftOutNotes(layout.leftOut),
  });

/** Investment, investor → recipient. */
export const investmentSpec = moneyChart(
  INVESTMENT,
  'Investment in US dollars as each source reported it, from investor to recipient.',
);

/** Losses in US dollars by who bore them (and, where stated, to whom). */
export const lossesSpec = moneyChart(LOSSES, 'Losses in US dollars as each source reported them.');
