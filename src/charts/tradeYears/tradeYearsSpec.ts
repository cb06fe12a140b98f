import { isolateText } from '../../lib/isolate';
import { figureAmountText, nameOf, relationshipFacts } from '../describeRecord';
import { TRADE_YEARS } from '../kinds';
import { figureChart, inLayoutOrder, labelled, leftOutNotes } from '../specDefaults';
import { computeTradeYears } from './computeTradeYears';
import { TradeYearsDrawing } from './TradeYearsDrawing';

/** Trade across the years: a small multiple per relationship with two or more years. */
export const tradeYearsSpec = figureChart(TRADE_YEARS, {
  nouns: { marks: 'points', table: 'figures as reported' },
  compute: (records, width, measure, { names }) =>
    computeTradeYears(
      records.map(({ record: f }) => {
        const side = nameOf(names, f.subject);
        return {
          ...relationshipFacts(f),
          valueText: figureAmountText(f),
          pair:
            f.counterpart === null
              ? isolateText(side)
              : `${isolateText(side)} – ${isolateText(nameOf(names, f.counterpart))}`,
          side,
        };
      }),
      width,
      measure,
    ),
  words: (_texts, layout) => ({
    dek: 'Each relationship with figures for two or more years: one line per reporter, the other side’s own figures dashed on the same axes.',
    caption: `One time axis${layout.span === null ? '' : ` from ${layout.span[0]} to ${layout.span[1]}`} for every relationship; each has its own value scale from zero. A gap in the years breaks the line. A hollow point in the “no year” column is a figure whose year is not stated.`,
    footer: 'Each value as reported, with its year and reporter. Crossroads.',
  }),
  Drawing: TradeYearsDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => {
      const t = byId.get(m.id)!;
      return labelled(m, `${m.series}: ${t.value}, ${t.year}`);
    }),
  // Only the figures drawn across the years; the trade bars have a table of their own.
  ordered: (texts, layout) =>
    inLayoutOrder(
      texts,
      layout.marks.map((m) => m.id),
      'dropped',
    ),
  notes: (layout) => leftOutNotes(layout.leftOut),
});
