import { formatMagnitude, formatRatio } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { ComputedValue } from '../csvRows';
import { describeFigure } from '../describeRecord';
import { SCALE } from '../kinds';
import { figureChart } from '../spec';
import { computeScale } from './computeScale';
import { ScaleDrawing } from './ScaleDrawing';

/** Until asked for all, the chart draws this many of the largest populations. */
const FIRST_ROWS = 3;

/** Populations as unit squares, one square the same round number for every row. */
export const scaleSpec = figureChart({
  id: 'scale',
  nouns: { empty: 'population figures', marks: 'populations', table: 'reported and computed values' },
  reserve: (width) => (width < 600 ? 400 : 420),
  takes: SCALE.takes,
  cap: SCALE.cap,
  describe: (record, match, naming) => describeFigure(record, match, naming, 'people'),
  compute: (texts, width, measure, options) => {
    const drawn =
      options.showAll === true || texts.length <= FIRST_ROWS
        ? texts
        : [...texts].sort((a, b) => b.figure.value - a.figure.value).slice(0, FIRST_ROWS);
    return {
      ...computeScale(
        drawn.map((t) => ({
          id: t.id,
          name: t.subject,
          value: t.figure.value,
          valueText: t.value,
          meta: `Reported${t.reporterStated ? ` by ${isolateText(t.reporter)}` : ', source not stated'}${t.regional ? `, ${t.regional}` : ''}`,
        })),
        width,
        measure,
      ),
      fold: { shown: drawn.length, total: texts.length, noun: 'largest populations' },
    };
  },
  fold: (layout) => layout.fold,
  words: (_texts, layout) => ({
    title: 'Population, to scale',
    dek: `Each square is ${layout.unitText}, the same for every row.`,
    caption:
      'Populations as reported. The squares and the ratio are computed from them, as the chart states.',
    footer: `1 square = ${layout.unitText}; squares and ratio computed from the reported figures. Crossroads.`,
  }),
  Drawing: ScaleDrawing,
  marks: (layout, byId) =>
    layout.rows.map((r) => {
      const t = byId.get(r.id)!;
      return {
        id: r.id,
        hit: r.hit,
        anchor: r.anchor,
        label: `${t.subject}: ${t.value}, ${t.reporterStated ? `reported by ${t.reporter}` : 'source not stated'}; ${formatRatio(r.count)} squares`,
      };
    }),
  ordered: (texts, layout) => {
    const byId = new Map(texts.map((t) => [t.id, t]));
    return layout.rows.map((r) => byId.get(r.id)!);
  },
  computed: (layout, byId) => {
    const computed: ComputedValue[] = layout.rows.map((r) => {
      const t = byId.get(r.id)!;
      return {
        id: `${t.id}-squares`,
        label: `${t.subject} in squares of ${layout.unitText}`,
        value: r.count,
        unit: 'squares',
        asWritten: `${formatRatio(r.count)} squares`,
        formula: `${formatMagnitude(t.figure.value)} ÷ ${formatMagnitude(layout.unit)}`,
      };
    });
    const big = byId.get(layout.rows[0]?.id ?? '');
    const small = byId.get(layout.rows.at(-1)?.id ?? '');
    if (layout.ratio !== null && big !== undefined && small !== undefined)
      computed.push({
        id: 'population-ratio',
        label: `${big.subject}'s population as a multiple of ${small.subject}'s`,
        value: layout.ratio.value,
        unit: 'ratio',
        asWritten: `${formatRatio(layout.ratio.value)}×`,
        formula: layout.ratio.formula,
      });
    return computed;
  },
  notes: (layout) => ({ summary: layout.ratio?.lines.map((l) => l.text).join(' ') ?? '' }),
});
