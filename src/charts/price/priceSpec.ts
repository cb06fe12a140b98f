import { isolateText } from '../../lib/isolate';
import { ClaimsDrawing } from '../claims/ClaimsDrawing';
import { computeClaims } from '../claims/computeClaims';
import { PRICE } from '../kinds';
import { figureChart } from '../spec';

/** Prices over their as-of dates: one panel per good and currency, one series per reporter. */
export const priceSpec = figureChart({
  id: 'price',
  nouns: { empty: 'dated prices', marks: 'prices', table: 'prices as reported' },
  optional: true,
  reserve: (width) => (width < 600 ? 260 : 240),
  takes: PRICE.takes,
  cap: PRICE.cap,
  compute: (texts, width, measure, options) =>
    computeClaims(
      texts.map((t) => ({
        id: t.id,
        // Never two currencies or two goods on one scale.
        panel: `${isolateText(t.figure.measure ?? t.figure.label)} (${t.figure.unit})`,
        claimant: t.reporterStated ? t.reporter : 'Reporter not stated',
        date: t.figure.asOf ?? '',
        value: t.figure.value,
        valueHigh: t.valueHigh,
        valueText: t.amount,
      })),
      width,
      measure,
      options.range,
    ),
  words: (_texts, layout) => ({
    title: 'Prices over time',
    dek: 'Each price as reported on its date, one line per reporter.',
    caption: `Steps, not slopes: a price is known only on the dates it was reported.${layout.span === null ? '' : ` One time axis, ${layout.span[0]} to ${layout.span[1]}.`}`,
    footer: 'Prices as reported, by reporter and date. Crossroads.',
  }),
  Drawing: ClaimsDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => {
      const t = byId.get(m.id)!;
      return {
        id: m.id,
        hit: m.hit,
        anchor: m.anchor,
        label: `${t.figure.label}: ${t.value}, ${t.reporter}, as of ${t.asOf}`,
      };
    }),
  notes: (layout) => {
    const said = [
      layout.thinned > 0
        ? `${layout.thinned} prices lie on the lines without a mark of their own; every price is in the table.`
        : '',
      layout.panelsLeftOut.length > 0
        ? `${layout.panelsLeftOut.length} more goods are not drawn; choose countries in the filter to draw theirs.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { leftOut: said === '' ? null : said, summary: said };
  },
});
