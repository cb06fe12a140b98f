import { scaleLinear } from 'd3-scale';
import type { TextLine } from '../geometry';
import type { MeasureText } from '../textMeasure';
import { wrapText } from '../textMeasure';

// Horizontal bars, one per reported trade figure, largest first. Every bar is direct-labelled
// with its value, and under it with its year and reporter; no value axis, so every number on
// the chart is a reported one.

export interface TradeBarInput {
  id: string;
  /** The partner: "China". */
  name: string;
  value: number;
  /** "estimated $95 billion" */
  valueText: string;
  approximate: boolean;
  /** "2024 · Chinese customs" */
  meta: string;
  /** "figure for Central Asia as a whole", when the filter matched through a group. */
  regional: string | null;
}

export interface TradeBar {
  id: string;
  name: TextLine[];
  bar: { x: number; y: number; width: number; height: number };
  /** The hatched, uncertain end of an approximate bar. */
  approxTip: { x: number; width: number } | null;
  value: TextLine;
  meta: TextLine[];
  /** The whole row: the focusable, clickable area. */
  hit: { x: number; y: number; width: number; height: number };
  anchor: { x: number; y: number };
}

export interface TradeLayout {
  width: number;
  height: number;
  legend: { y: number } | null;
  bars: TradeBar[];
  notes: { top: number; height: number; heading: TextLine; lines: TextLine[] } | null;
}

export const TRADE = {
  nameSize: 14,
  valueSize: 14,
  metaSize: 12,
  barHeight: 24,
  rowGap: 18,
  lineHeight: 16,
  legendHeight: 28,
  notePad: 12,
} as const;

export function computeTrade(
  inputs: readonly TradeBarInput[],
  width: number,
  notes: readonly string[],
  measure: MeasureText,
): TradeLayout {
  const rows = [...inputs].sort((a, b) => b.value - a.value);
  const widest = Math.max(0, ...rows.map((r) => measure(r.valueText, TRADE.valueSize, 'bold')));
  // Bars may take what the widest value label leaves, but never less than a third of the width.
  const barMax = Math.max(width / 3, width - widest - 10);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, barMax]);

  const anyApprox = rows.some((r) => r.approximate);
  let y = anyApprox ? TRADE.legendHeight : 4;
  const bars: TradeBar[] = rows.map((row) => {
    const top = y;
    const name = wrapText(row.name, width, measure, TRADE.nameSize, 'bold').map((text) => {
      y += 18;
      return { text, x: 0, y: y - 4 };
    });
    y += 4;
    const barWidth = Math.max(row.value > 0 ? 2 : 0, x(Math.max(0, row.value)));
    const bar = { x: 0, y, width: barWidth, height: TRADE.barHeight };
    const tipWidth = Math.max(6, Math.min(32, barWidth * 0.2));
    const approxTip = row.approximate ? { x: barWidth - tipWidth, width: tipWidth } : null;
    const valueWidth = measure(row.valueText, TRADE.valueSize, 'bold');
    // The label sits after the bar; if that would run off the edge, it goes inside, right-aligned.
    const valueX = barWidth + 8 + valueWidth <= width ? barWidth + 8 : Math.max(4, width - valueWidth);
    const value = { text: row.valueText, x: valueX, y: y + TRADE.barHeight / 2 + 5 };
    y += TRADE.barHeight + 4;
    const metaText = row.regional === null ? row.meta : `${row.meta} · ${row.regional}`;
    const meta = wrapText(metaText, width, measure, TRADE.metaSize).map((text) => {
      y += TRADE.lineHeight;
      return { text, x: 0, y: y - 4 };
    });
    const hit = { x: 0, y: top, width, height: y - top + 6 };
    y += TRADE.rowGap;
    return {
      id: row.id,
      name,
      bar,
      approxTip,
      value,
      meta,
      hit,
      anchor: { x: barWidth, y: bar.y + bar.height },
    };
  });

  let noteBlock: TradeLayout['notes'] = null;
  if (notes.length > 0) {
    const top = y;
    const inner = width - TRADE.notePad * 2 - 6;
    let ny = top + TRADE.notePad + 12;
    const heading = { text: 'Not like for like', x: TRADE.notePad + 6, y: ny };
    ny += 6;
    const lines: TextLine[] = [];
    for (const note of notes) {
      for (const text of wrapText(note, inner, measure, TRADE.metaSize)) {
        ny += TRADE.lineHeight;
        lines.push({ text, x: TRADE.notePad + 6, y: ny });
      }
      ny += 6;
    }
    const height = ny - top + TRADE.notePad - 6;
    noteBlock = { top, height, heading, lines };
    y = top + height + 4;
  }
  return { width, height: Math.ceil(y), legend: anyApprox ? { y: 14 } : null, bars, notes: noteBlock };
}
