import { isolateText } from '../../lib/isolate';
import { ClaimsDrawing } from '../claims/ClaimsDrawing';
import { claimPoints } from '../claims/claimPoints';
import { computeClaims } from '../claims/computeClaims';
import { figureAmountText } from '../describeRecord';
import { PRICE } from '../kinds';
import { figureChart, labelled, leftOutNotes } from '../specDefaults';

/** Prices over their as-of dates: one panel per good and currency, one series per reporter. */
export const priceSpec = figureChart(PRICE, {
  nouns: { marks: 'prices', table: 'prices as reported' },
  compute: (records, width, measure, options) =>
    computeClaims(
      // Never two currencies or two goods on one scale.
      claimPoints(
        records,
        (f) => `${isolateText(f.measure ?? f.label)} (${f.unit})`,
        'Reporter not stated',
        (f) => figureAmountText(f),
      ),
      width,
      measure,
      options.range,
    ),
  words: (_texts, layout) => ({
    dek: 'Each price as reported on its date, one line per reporter.',
    caption: `Steps, not slopes: a price is known only on the dates it was reported.${layout.span === null ? '' : ` One time axis, ${layout.span[0]} to ${layout.span[1]}.`}`,
    footer: 'Prices as reported, by reporter and date. Crossroads.',
  }),
  Drawing: ClaimsDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => {
      const t = byId.get(m.id)!;
      return labelled(m, `${t.figure.label}: ${t.value}, ${t.reporter}, as of ${t.asOf}`);
    }),
  notes: (layout) =>
    leftOutNotes(
      layout.thinned > 0
        ? `${layout.thinned} prices lie on the lines without a mark of their own; every price is in the table.`
        : null,
      layout.panelsLeftOut.length > 0
        ? `${layout.panelsLeftOut.length} more goods are not drawn; choose countries in the filter to draw theirs.`
        : null,
    ),
});
