import { isolateText } from '../../lib/isolate';
import { relationshipFacts } from '../describeRecord';
import { TRADE_YEARS } from '../kinds';
import { figureChart } from '../spec';
import { computeTradeYears } from './computeTradeYears';
import { TradeYearsDrawing } from './TradeYearsDrawing';

/** Trade across the years: a small multiple per relationship with two or more years. */
export const tradeYearsSpec = figureChart({
  id: 'trade-years',
  nouns: { empty: 'trade figures for two or more years', marks: 'points', table: 'figures as reported' },
  optional: true,
  reserve: (width) => (width < 600 ? 320 : 300),
  takes: TRADE_YEARS.takes,
  cap: TRADE_YEARS.cap,
  compute: (texts, width, measure) =>
    computeTradeYears(
      texts.map((t) => ({
        ...relationshipFacts(t),
        valueText: t.amount,
        pair:
          t.counterpart === null
            ? isolateText(t.subject)
            : `${isolateText(t.subject)} – ${isolateText(t.counterpart)}`,
        side: t.subject,
      })),
      width,
      measure,
    ),
  words: (_texts, layout) => ({
    title: 'Trade across the years',
    dek: 'Each relationship with figures for two or more years: one line per reporter, the other side’s own figures dashed on the same axes.',
    caption: `One time axis${layout.span === null ? '' : ` from ${layout.span[0]} to ${layout.span[1]}`} for every relationship; each has its own value scale from zero. A gap in the years breaks the line. A hollow point in the “no year” column is a figure whose year is not stated.`,
    footer: 'Each value as reported, with its year and reporter. Crossroads.',
  }),
  Drawing: TradeYearsDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => {
      const t = byId.get(m.id)!;
      return {
        id: m.id,
        hit: m.hit,
        anchor: m.anchor,
        label: `${m.series}: ${t.value}, ${t.year}`,
      };
    }),
  ordered: (texts, layout) => {
    const byId = new Map(texts.map((t) => [t.id, t]));
    return layout.marks.map((m) => byId.get(m.id)!);
  },
  notes: (layout) => ({ leftOut: layout.leftOut, summary: layout.leftOut ?? '' }),
});
