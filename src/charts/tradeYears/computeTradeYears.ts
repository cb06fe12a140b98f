import { formatCount } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import { TYPE } from '../chartType';
import { placeLabel } from '../claims/claimMarks';
import type { Box, Point, TextLine } from '../geometry';
import { linearScale } from '../linearScale';
import { type MeasureText, wrapText } from '../textMeasure';
import { relationshipKey, type TradeFigure } from '../trade/relationships';

// Trade across the years: one small multiple per relationship with figures for two or more
// years, on one time axis shared by every multiple. One series per reporter and flow; the other
// side's own (mirror) figures on the same axes, dashed. A figure with no year is drawn beside
// the latest year, in a column marked "no year", never dropped.

export interface YearFigure extends TradeFigure {
  /** "$22.7 billion", as the point is labelled. */
  valueText: string;
  /** The relationship as its heading says it: "China – Kyrgyzstan". */
  pair: string;
  /** Whose figure: "China". */
  side: string;
}

export interface YearPoint {
  id: string;
  at: Point;
  /** True for a figure with no year, drawn in the "no year" column. */
  undated: boolean;
  hit: { x: number; y: number; width: number; height: number };
  anchor: Point;
}

export interface YearSeries {
  /** "China's figure, Chinese customs" */
  name: string;
  /** Colour and marker index. */
  style: number;
  /** The mirror side's series are dashed. */
  mirror: boolean;
  path: string;
  points: YearPoint[];
  /** The series' latest value, labelled at its last point. */
  label: TextLine | null;
}

export interface YearMultiple {
  key: string;
  heading: TextLine;
  legend: (TextLine & { style: number; mirror: boolean })[];
  series: YearSeries[];
  /** The value axis: zero and the multiple's largest value. */
  valueTicks: (TextLine & { y0: number })[];
  axis: { y: number; x1: number; x2: number; ticks: TextLine[] };
}

export interface TradeYearsLayout {
  width: number;
  height: number;
  multiples: YearMultiple[];
  /** Every placed point, in reading order. */
  marks: (YearPoint & { series: string })[];
  /** Relationships with several years not drawn, said under the chart. */
  leftOut: string | null;
  /** The years the axis spans, for the summary. */
  span: [number, number] | null;
}

const PLOT = 120;
const LINE = 16;
/** At most this many relationships are drawn; the rest are counted. */
export const MULTIPLE_LIMIT = 5;

const seriesKey = (f: TradeFigure) => `${f.subject}|${f.reportedBy ?? ''}|${f.flow ?? 'total'}`;
const FLOW_WORDS = { exports: 'exports', imports: 'imports', total: '' } as const;

/** Relationships with two or more dated years, each with its figures: the most years first, then the largest. */
export function multiYearRelationships<T extends TradeFigure>(figures: readonly T[]): [string, T[]][] {
  const byKey = new Map<string, T[]>();
  for (const f of figures) byKey.set(relationshipKey(f), [...(byKey.get(relationshipKey(f)) ?? []), f]);
  const yearCount = (list: readonly T[]) =>
    new Set(list.flatMap((f) => (f.year === null ? [] : [f.year]))).size;
  const largest = (list: readonly T[]) => Math.max(...list.map((f) => f.value));
  return [...byKey]
    .filter(([, list]) => yearCount(list) >= 2)
    .sort((a, b) => yearCount(b[1]) - yearCount(a[1]) || largest(b[1]) - largest(a[1]));
}

/** Series per reporter and flow within one relationship, the first side's before the mirror's. */
export function seriesOf<T extends TradeFigure>(
  list: readonly T[],
): { key: string; mirror: boolean; figures: T[] }[] {
  const first = [...list].sort((a, b) => b.value - a.value)[0]?.subject;
  const bySeries = new Map<string, T[]>();
  for (const f of list) bySeries.set(seriesKey(f), [...(bySeries.get(seriesKey(f)) ?? []), f]);
  return [...bySeries]
    .map(([key, figures]) => ({
      key,
      mirror: figures[0]!.subject !== first,
      figures: figures.sort(
        (a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY),
      ),
    }))
    .sort((a, b) => Number(a.mirror) - Number(b.mirror));
}

export function computeTradeYears(
  figures: readonly YearFigure[],
  width: number,
  measure: MeasureText,
  limit = MULTIPLE_LIMIT,
): TradeYearsLayout {
  const relationships = multiYearRelationships(figures);
  const shown = relationships.slice(0, limit);
  const years = shown.flatMap(([, list]) => list.flatMap((f) => (f.year === null ? [] : [f.year])));
  if (years.length === 0) return { width, height: 0, multiples: [], marks: [], leftOut: null, span: null };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const anyUndated = shown.some(([, list]) => list.some((f) => f.year === null));
  // The "no year" column stands clear of the last year's label: 10 px between them at least.
  const noYearWidth = anyUndated ? Math.max(44, measure('no year', TYPE.small) + 20) : 0;
  const left = Math.max(...shown.map(([, list]) => measure(maxText(list), TYPE.small))) + 8;
  const right = width - noYearWidth - 16;
  const x = linearScale([first, last], [left + 6, right]);
  const undatedX = right + noYearWidth / 2 + 14;
  const step = Math.max(1, Math.ceil(((last - first + 1) * 36) / Math.max(1, right - left)));
  const tickYears = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter(
    (y) => (y - first) % step === 0 || y === last,
  );

  let y = 0;
  const marks: TradeYearsLayout['marks'] = [];
  const multiples = shown.map(([key, list]): YearMultiple => {
    y += 20;
    const heading = { text: list[0]!.pair, x: 0, y };
    y += 4;
    const series = seriesOf(list);
    const legend = series.flatMap((s, style) => {
      const f = s.figures[0]!;
      const flow = FLOW_WORDS[f.flow ?? 'total'];
      const name = `${isolateText(f.side)}'s figure${flow ? ` (${flow})` : ''}, ${f.reportedBy === null ? 'source not stated' : isolateText(f.reportedBy)}`;
      return wrapText(name, width - 30, measure, TYPE.small).map((text, i) => {
        y += LINE;
        return { text, x: 30, y: y - 3, style: i === 0 ? style : -1, mirror: s.mirror };
      });
    });
    y += 18;
    const top = y;
    const max = Math.max(...list.map((f) => Math.max(f.value, f.valueHigh ?? 0)));
    const yScale = linearScale([0, max > 0 ? max : 1], [top + PLOT, top]);
    const drawn = series.map((s, style): YearSeries => {
      const name = legend.find((l) => l.style === style)?.text ?? s.key;
      const points = s.figures.map((f): YearPoint => {
        const at = { x: f.year === null ? undatedX : x(f.year), y: yScale(f.value) };
        return {
          id: f.id,
          at,
          undated: f.year === null,
          hit: { x: at.x - 9, y: at.y - 9, width: 18, height: 18 },
          anchor: { x: at.x, y: at.y + 8 },
        };
      });
      for (const p of points) marks.push({ ...p, series: name });
      const dated = points.filter((p) => !p.undated);
      const lastPoint = dated.at(-1);
      const lastFigure = s.figures.filter((f) => f.year !== null).at(-1);
      return {
        name,
        style,
        mirror: s.mirror,
        path: linePath(
          dated,
          s.figures.filter((f) => f.year !== null),
        ),
        points,
        // At its last point for now; moved clear of points and other labels once all are known.
        label:
          lastPoint === undefined || lastFigure === undefined
            ? null
            : { ...lastPoint.at, text: lastFigure.valueText },
      };
    });
    // Each line's latest value labelled where it has room: never over a point, a value tick, the
    // year axis or another label. One with no room is left out (its value is in the tooltip and table).
    const placed: Box[] = drawn.flatMap((s) =>
      s.points.map((p) => ({ x: p.at.x - 5, y: p.at.y - 5, width: 10, height: 10 })),
    );
    placed.push(
      { x: 0, y: top - 10, width: left, height: 14 },
      { x: 0, y: top + PLOT + 4, width, height: 18 },
    );
    for (const s of drawn)
      if (s.label !== null) s.label = placeLabel(s.label.text, s.label, null, width, measure, placed, true);
    const axisY = top + PLOT + 4;
    const ticks = tickYears.map((year) => {
      const text = String(year);
      return { text, x: x(year) - measure(text, TYPE.small) / 2, y: axisY + 16 };
    });
    if (anyUndated)
      ticks.push({ text: 'no year', x: undatedX - measure('no year', TYPE.small) / 2, y: axisY + 16 });
    const valueTicks = [
      { text: '0', x: 0, y: top + PLOT + 4, y0: top + PLOT },
      { text: maxText(list), x: 0, y: top + 4, y0: top },
    ];
    y = axisY + 32;
    return {
      key,
      heading,
      legend,
      series: drawn,
      valueTicks,
      axis: { y: axisY, x1: left, x2: width, ticks },
    };
  });
  const rest = relationships.length - shown.length;
  return {
    width,
    height: Math.ceil(y + 4),
    multiples,
    marks,
    leftOut:
      rest > 0
        ? `${formatCount(rest)} more relationships with several years are not drawn here; choose countries in the filter to draw theirs.`
        : null,
    span: [first, last],
  };
}

/** The largest value of a multiple, as its value axis labels it. */
function maxText(list: readonly YearFigure[]): string {
  return [...list].sort((a, b) => b.value - a.value)[0]!.valueText;
}

/** A line through consecutive years; a year with no figure breaks it, so no value is invented. */
function linePath(points: readonly YearPoint[], figures: readonly TradeFigure[]): string {
  const r = (n: number) => Math.round(n * 100) / 100;
  return points
    .map((p, i) => {
      const joined = i > 0 && figures[i]!.year! - figures[i - 1]!.year! === 1;
      return `${joined ? 'L' : 'M'}${r(p.at.x)},${r(p.at.y)}`;
    })
    .join('');
}
