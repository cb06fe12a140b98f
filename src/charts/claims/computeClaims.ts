import { utcFormat } from 'd3-time-format';
import { isolateText } from '../../lib/isolate';
import { TYPE } from '../chartType';
import type { Box, PlacedMark, Point, TextLine } from '../geometry';
import { linearScale } from '../linearScale';
import { type MeasureText, wrapText } from '../textMeasure';
import { placeLabel, stepPath } from './claimMarks';
import { timeTicks } from './timeTicks';

// How a reported count changes with the date it was reported as of, one series per claimant.
// Steps, not slopes: between two reports nobody said what the count was, so the line holds the
// last reported value until the next report instead of inventing values in between.

export interface ClaimPoint {
  id: string;
  /** "Deaths in Kyrgyzstan": one panel per count and place. */
  panel: string;
  /** Who made the claim: one series each. */
  claimant: string;
  /** ISO date the count was reported as of. */
  date: string;
  value: number;
  /** The top of a reported range, drawn as a span above the point. */
  valueHigh: number | null;
  valueText: string;
}

export interface ClaimSeries {
  claimant: string;
  /** Index into the series colours and shapes. */
  style: number;
  path: string;
  /** Value labels only where they stay legible: every point of a short series, else the first, last and extremes. */
  points: (PlacedMark & { at: Point; span: Box | null; label: TextLine | null })[];
}

export interface ClaimPanel {
  name: string;
  heading: TextLine;
  /** Said instead of a chart when the panel has one claim: one dot is not a trend. */
  single: TextLine[] | null;
  series: ClaimSeries[];
  axis: { y: number; x1: number; x2: number; ticks: TextLine[] } | null;
  legend: (TextLine & { style: number })[];
}

export interface ClaimsLayout {
  width: number;
  height: number;
  panels: ClaimPanel[];
  /** Every placed mark, in reading order. */
  marks: (PlacedMark & { series: string })[];
  /** Claims on the lines but given no mark of their own where marks would crowd, and panels not drawn. */
  thinned: number;
  panelsLeftOut: string[];
  /** The dates the shared time axis spans. */
  span: [string, string] | null;
}

/** At most this many panels are drawn; the rest are named in the note. */
export const PANEL_LIMIT = 6;
/** Marks closer than this many pixels along the time axis are thinned. */
const MARK_SPACING = 12;

/**
 * The points of a series that keep a mark of their own: where several fall within a few pixels
 * of time, the highest of them; always the series' first, last, lowest and highest, so thinning
 * never hides an extreme. The line still passes through every point.
 */
export function thinMarks<T extends { x: number; value: number }>(
  points: readonly T[],
  spacing = MARK_SPACING,
): T[] {
  if (points.length === 0) return [];
  const highest = new Map<number, T>();
  let low = points[0]!;
  let high = points[0]!;
  for (const p of points) {
    const key = Math.floor(p.x / spacing);
    const best = highest.get(key);
    if (best === undefined || p.value > best.value) highest.set(key, p);
    if (p.value < low.value) low = p;
    if (p.value > high.value) high = p;
  }
  const kept = new Set<T>([points[0]!, points.at(-1)!, low, high, ...highest.values()]);
  return points.filter((p) => kept.has(p));
}

const PLOT = 130;

const LINE = 16;
const dayFormat = utcFormat('%-d %b %Y');

/** The first and last day of a range end ('YYYY' or 'YYYY-MM'), UTC. */
export function rangeBound(value: string, end: 'start' | 'end'): number {
  const year = Number(value.slice(0, 4));
  const month = value.length >= 7 ? Number(value.slice(5, 7)) - 1 : end === 'start' ? 0 : 11;
  return end === 'start' ? Date.UTC(year, month, 1) : Date.UTC(year, month + 1, 1) - 86_400_000;
}

/**
 * The claimants' key as a row that wraps: each claimant's marker and name side by side, so eight
 * claimants take two or three lines, not eight. A name too long for a line wraps on its own.
 */
export function flowLegend(
  claimants: readonly string[],
  width: number,
  measure: MeasureText,
  top: number,
): ClaimPanel['legend'] {
  const legend: ClaimPanel['legend'] = [];
  let x = 0;
  let y = top + LINE;
  claimants.forEach((claimant, style) => {
    const lines = wrapText(claimant, width - 22, measure, TYPE.small);
    const wide = 22 + Math.max(...lines.map((l) => measure(l, TYPE.small)));
    if (x > 0 && (x + wide > width || lines.length > 1)) {
      x = 0;
      y += LINE;
    }
    lines.forEach((text, i) => {
      legend.push({ text, x: x + 22, y: y - 3 + i * LINE, style: i === 0 ? style : -1 });
    });
    y += (lines.length - 1) * LINE;
    x = lines.length > 1 ? width : x + wide + 14;
  });
  return legend;
}

/** The axis spans the claims, or the time range where one is set (`range`, each end optional). */
export function computeClaims(
  points: readonly ClaimPoint[],
  width: number,
  measure: MeasureText,
  range: { from: string | null; to: string | null } = { from: null, to: null },
  panelLimit = PANEL_LIMIT,
): ClaimsLayout {
  if (points.length === 0)
    return { width, height: 0, panels: [], marks: [], thinned: 0, panelsLeftOut: [], span: null };
  const dates = points.map((p) => Date.parse(p.date));
  const first = range.from === null ? Math.min(...dates) : rangeBound(range.from, 'start');
  const last = range.to === null ? Math.max(...dates) : rangeBound(range.to, 'end');
  const right = width - 8;
  const domain = [new Date(first), new Date(last > first ? last : first + 86_400_000)] as const;
  const x = linearScale(domain, [8, right - Math.min(90, width / 5)]);
  const byPanel = new Map<string, ClaimPoint[]>();
  for (const p of points) byPanel.set(p.panel, [...(byPanel.get(p.panel) ?? []), p]);
  // Panels keep the order their first claims came in (the spec sorts by kind, then place).
  const ordered = [...byPanel].slice(0, panelLimit);
  const panelsLeftOut = [...byPanel.keys()].slice(panelLimit);
  let thinned = 0;

  let y = 0;
  const marks: ClaimsLayout['marks'] = [];
  const panels = ordered.map(([name, list]): ClaimPanel => {
    y += 20;
    const heading = { text: name, x: 0, y };
    const claimants = [...new Set(list.map((p) => p.claimant))];
    if (list.length < 2) {
      const p = list[0]!;
      const single = wrapText(
        `One claim so far: ${p.valueText}, by ${isolateText(p.claimant)}, as of ${dayFormat(new Date(p.date))}. Nothing to compare yet.`,
        width,
        measure,
        TYPE.small,
      ).map((text) => {
        y += LINE;
        return { text, x: 0, y: y - 3 };
      });
      // No mark: the claim is selectable in its own chart; here the panel only says why no line.
      y += 12;
      return { name, heading, single, series: [], axis: null, legend: [] };
    }
    y += 10;
    const legend = flowLegend(claimants, width, measure, y);
    y = (legend.at(-1)?.y ?? y) + 3 + 22;
    const top = y;
    const max = Math.max(...list.map((p) => Math.max(p.value, p.valueHigh ?? 0)));
    const yScale = linearScale([0, max > 0 ? max : 1], [top + PLOT, top]);
    // Labels keep clear of every point in the panel, of each other, and of the axis's year labels.
    const placed: Box[] = list.map((p) => ({
      x: x(new Date(p.date)) - 6,
      y: yScale(p.value) - 6,
      width: 12,
      height: 12,
    }));
    placed.push({ x: 0, y: top + PLOT + 4, width, height: 18 });
    const series = claimants.map((claimant, style): ClaimSeries => {
      const own = list.filter((p) => p.claimant === claimant).sort((a, b) => (a.date < b.date ? -1 : 1));
      const at = own.map((p) => ({ x: x(new Date(p.date)), y: yScale(p.value) }));
      const path = stepPath(at);
      const kept = thinMarks(own.map((p, i) => ({ p, pt: at[i]!, x: at[i]!.x, value: p.value })));
      thinned += own.length - kept.length;
      return {
        claimant,
        style,
        path,
        points: kept.map(({ p, pt }, i) => {
          const high = p.valueHigh !== null && p.valueHigh > p.value ? yScale(p.valueHigh) : null;
          const labelled =
            kept.length <= 8 ||
            i === 0 ||
            i === kept.length - 1 ||
            p.value === Math.max(...own.map((o) => o.value));
          // Past a few marks, a label with no free place is left out rather than drawn over another.
          const label = labelled
            ? placeLabel(p.valueText, pt, high, width, measure, placed, list.length > 8)
            : null;
          return {
            id: p.id,
            at: pt,
            span: high === null ? null : { x: pt.x - 2, y: high, width: 4, height: pt.y - high },
            label,
            hit: { x: pt.x - 12, y: (high ?? pt.y) - 20, width: 24, height: pt.y - (high ?? pt.y) + 32 },
            anchor: { x: pt.x, y: pt.y + 8 },
          };
        }),
      };
    });
    for (const s of series)
      for (const p of s.points) marks.push({ id: p.id, series: s.claimant, hit: p.hit, anchor: p.anchor });
    y = top + PLOT + 4;
    const axisY = y;
    const ticks = timeTicks(domain, x, measure).map(({ date: d, text }) => {
      const at = x(d);
      return {
        text,
        x: Math.min(Math.max(0, at - measure(text, TYPE.small) / 2), width - measure(text, TYPE.small)),
        y: axisY + 16,
      };
    });
    y = axisY + 30;
    return { name, heading, single: null, series, axis: { y: axisY, x1: 0, x2: right, ticks }, legend };
  });
  return {
    width,
    height: Math.ceil(y + 4),
    panels,
    marks,
    thinned,
    panelsLeftOut,
    span: [dayFormat(domain[0]), dayFormat(domain[1])],
  };
}
