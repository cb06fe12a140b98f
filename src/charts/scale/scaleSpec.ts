import type { Figure } from '../../data/schema';
import { formatMagnitude, formatRatio } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { Matched } from '../../state/selectors';
import type { ComputedValue } from '../csvRows';
import { describeFigure, figureRegional, figureValueText, nameOf } from '../describeRecord';
import { SCALE } from '../kinds';
import { figureChart, inLayoutOrder, labelled } from '../specDefaults';
import { computeScale } from './computeScale';
import { ScaleDrawing } from './ScaleDrawing';

/** Until asked for all, the chart draws the largest figure of this many places, naming the others. */
const FIRST_PLACES = 2;

/** Populations as unit squares, one square the same round number for every row. */
export const scaleSpec = figureChart(SCALE, {
  nouns: { marks: 'populations', table: 'reported and computed values' },
  describe: (record, match, naming) => describeFigure(record, match, naming, 'people'),
  compute: (records, width, measure, { naming, showAll }) => {
    const meta = ({ record: f, match }: Matched<Figure>) => {
      const regional = figureRegional(f, match, naming);
      return `Reported${f.reportedBy !== null ? ` by ${isolateText(f.reportedBy)}` : ', source not stated'}${regional ? `, ${regional}` : ''}`;
    };
    const layout = computeScale(
      records.map((m) => ({
        id: m.record.id,
        name: nameOf(naming.names, m.record.subject),
        value: m.record.value,
        valueText: figureValueText(m.record, 'people'),
        meta: meta(m),
      })),
      width,
      measure,
      showAll === true ? undefined : FIRST_PLACES,
    );
    return {
      ...layout,
      fold: { shown: layout.rows.length, total: records.length, noun: 'population figures' },
    };
  },
  fold: (layout) => layout.fold,
  words: (_texts, layout) => ({
    dek: `Each square is ${layout.unitText}, the same for every row.`,
    caption:
      'Populations as reported. The squares and the ratio are computed from them, as the chart states.',
    footer: `1 square = ${layout.unitText}; squares and ratio computed from the reported figures. Crossroads.`,
  }),
  Drawing: ScaleDrawing,
  marks: (layout, byId) =>
    layout.rows.map((r) => {
      const t = byId.get(r.id)!;
      const reporter = t.reporterStated ? `reported by ${t.reporter}` : 'source not stated';
      return labelled(r, `${t.subject}: ${t.value}, ${reporter}; ${formatRatio(r.count)} squares`);
    }),
  ordered: (texts, layout) =>
    inLayoutOrder(
      texts,
      layout.rows.map((r) => r.id),
    ),
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
    const big = byId.get(layout.ratio?.bigId ?? '');
    const small = byId.get(layout.ratio?.smallId ?? '');
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
