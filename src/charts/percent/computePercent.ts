import { formatCount } from '../../lib/formatValue';
import { TYPE } from '../chartType';
import type { PlacedMark, Point, TextLine } from '../geometry';
import { linearScale } from '../linearScale';
import { type MeasureText, wrapText } from '../textMeasure';

// Percentages as a dot plot: one row per subject and counterpart (and what is measured), a dot
// per figure on one scale from 0 %, the latest year filled and earlier years hollow. A share is a
// part of a whole and cannot pass 100 %: a share above it is refused, not drawn. Tariffs may.

export interface PercentInput {
  id: string;
  /** "Turkey → Russia · foreign debt": one row each. */
  row: string;
  value: number;
  /** The year, or the as-of year; null when neither is stated. */
  year: number | null;
  /** "44.3%" */
  valueText: string;
}

export interface PercentDot extends PlacedMark {
  at: Point;
  latest: boolean;
}

export interface PercentRow {
  name: TextLine[];
  line: { x1: number; x2: number; y: number };
  dots: PercentDot[];
  /** The latest value and its year, beside the row's dots. */
  label: TextLine;
}

export interface PercentLayout {
  width: number;
  height: number;
  rows: PercentRow[];
  axis: { y: number; ticks: TextLine[]; x: number[] };
  /** Shares over 100 %, refused. */
  refused: string[];
  rowsLeftOut: number;
  /** Ids in the order drawn. */
  order: string[];
}

export const ROW_LIMIT = 12;
const LINE = 16;

export function computePercent(
  inputs: readonly PercentInput[],
  width: number,
  measure: MeasureText,
  options: { capAt100: boolean; rowLimit?: number },
): PercentLayout {
  const refused = options.capAt100 ? inputs.filter((p) => p.value > 100 || p.value < 0).map((p) => p.id) : [];
  const kept = inputs.filter((p) => !refused.includes(p.id));
  const byRow = new Map<string, PercentInput[]>();
  for (const p of kept) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const latestYear = (list: readonly PercentInput[]) => Math.max(...list.map((p) => p.year ?? -1));
  const rowsAll = [...byRow].sort((a, b) => latestYear(b[1]) - latestYear(a[1]) || (a[0] < b[0] ? -1 : 1));
  const rows = rowsAll.slice(0, options.rowLimit ?? ROW_LIMIT);
  const max = options.capAt100 ? 100 : Math.max(10, ...kept.map((p) => p.value));
  const labelRoom = measure('100.0% (2024)', TYPE.small, 'bold') + 8;
  const x = linearScale([0, max], [6, Math.max(width / 2, width - labelRoom)]);
  let y = 8;
  const order: string[] = [];
  const drawn = rows.map(([name, list]): PercentRow => {
    const nameLines = wrapText(name, width, measure, TYPE.small).map((text) => {
      y += LINE;
      return { text, x: 0, y: y - 3 };
    });
    y += 12;
    const newest = latestYear(list);
    const sorted = [...list].sort((a, b) => (a.year ?? -1) - (b.year ?? -1));
    const dots = sorted.map((p): PercentDot => {
      order.push(p.id);
      const at = { x: x(p.value), y };
      return {
        id: p.id,
        at,
        latest: (p.year ?? -1) === newest,
        hit: { x: at.x - 8, y: at.y - 8, width: 16, height: 16 },
        anchor: { x: at.x, y: at.y + 8 },
      };
    });
    const last = sorted.at(-1)!;
    const right = Math.max(...dots.map((d) => d.at.x));
    const text = `${last.valueText} (${last.year ?? 'year not stated'})`;
    const label = { text, x: Math.min(right + 10, width - measure(text, TYPE.small, 'bold')), y: y + 4 };
    const row = { name: nameLines, line: { x1: x(0), x2: x(max), y }, dots, label };
    y += 14;
    return row;
  });
  const tickValues = options.capAt100 ? [0, 25, 50, 75, 100] : [0, max / 2, max].map((v) => Math.round(v));
  y += 8;
  const ticks = tickValues.map((v) => {
    const text = `${v}%`;
    return {
      text,
      x: Math.max(0, Math.min(width - measure(text, TYPE.small), x(v) - measure(text, TYPE.small) / 2)),
      y: y + 14,
    };
  });
  return {
    width,
    height: Math.ceil(y + 22),
    rows: drawn,
    axis: { y, ticks, x: tickValues.map((v) => x(v)) },
    refused,
    rowsLeftOut: rowsAll.length - rows.length,
    order,
  };
}

/** What the chart refused and left out, in words. */
export function percentNotes(layout: PercentLayout): string | null {
  const said = [
    layout.refused.length > 0
      ? `${formatCount(layout.refused.length)} ${layout.refused.length === 1 ? 'share is' : 'shares are'} over 100% and not drawn: a share is part of a whole. ${layout.refused.length === 1 ? 'It is' : 'They are'} in the table for checking.`
      : '',
    layout.rowsLeftOut > 0
      ? `${formatCount(layout.rowsLeftOut)} more rows are not drawn; every figure is in the table, and choosing countries in the filter draws theirs.`
      : '',
  ].filter(Boolean);
  return said.length > 0 ? said.join(' ') : null;
}
