import { TYPE } from '../chartType';
import type { Box, PlacedMark, TextLine } from '../geometry';
import { linearScale } from '../linearScale';
import type { MeasureText } from '../textMeasure';
import { wrapText } from '../textMeasure';

// Horizontal bars, one per reported trade figure, grouped in blocks by relationship. Every bar
// is direct-labelled with its value and, under it, its year and reporter; no value axis, so every
// number on the chart is a reported one, and every computed one says so in words.

export interface TradeBarInput {
  id: string;
  /** The partner ("China"), or whose figure it is in a block of claims ("China's figure"). */
  name: string;
  value: number;
  /** The top of a reported range, drawn as a span from value to valueHigh. */
  valueHigh: number | null;
  /** "estimated $95 billion" */
  valueText: string;
  approximate: boolean;
  /** "2024 · Chinese customs" */
  meta: string;
  /** "figure for Central Asia as a whole", when the filter matched through a group. */
  regional: string | null;
}

export interface BreakdownInput {
  total: number;
  parts: { name: string; value: number }[];
  /** Sentences stating the computed shares, remainder or overshoot. */
  lines: string[];
}

export interface TradeBlockInput {
  key: string;
  /** "China – Kyrgyzstan, 2024" for a block of several claims; null draws the bar alone. */
  heading: string | null;
  /** "Also reported for 2022 and 2023: choose a year above." */
  headingNote: string | null;
  /** Drawn indented, as part of the group block above it. */
  indent: boolean;
  bars: TradeBarInput[];
  breakdown: BreakdownInput | null;
  /** Computed mirror gaps, each with its formula. */
  computed: string[];
}

export type Tone = 'ink' | 'muted';
export interface StyledLine extends TextLine {
  size: number;
  bold: boolean;
  tone: Tone;
}

export interface TradeBar extends PlacedMark {
  bar: Box;
  /** The hatched, uncertain end of an approximate bar. */
  approxTip: { x: number; width: number } | null;
  /** A reported range: from the value to the top of the range. */
  span: Box | null;
  value: StyledLine & { inside: boolean };
}

export interface Segment extends Box {
  tone: 'part' | 'part-alt' | 'remainder' | 'overshoot';
  label: TextLine | null;
}

export interface TradeLayout {
  width: number;
  height: number;
  legend: { y: number } | null;
  lines: StyledLine[];
  bars: TradeBar[];
  segments: Segment[];
  /** Where each group's total falls on its breakdown bar. */
  totals: { x: number; y: number; height: number }[];
  notes: { top: number; height: number; heading: TextLine; lines: TextLine[] } | null;
}

const BAR = 24;
const STACK = 14;
const LINE = 16;
const INDENT = 14;
const NOTE_PAD = 12;

export function computeTrade(
  blocks: readonly TradeBlockInput[],
  width: number,
  notes: readonly string[],
  measure: MeasureText,
): TradeLayout {
  const allBars = blocks.flatMap((b) => b.bars);
  const widest = Math.max(0, ...allBars.map((r) => measure(r.valueText, TYPE.body, 'bold')));
  // Bars may take what the widest value label leaves, but never less than a third of the width.
  const barMax = Math.max(width / 3, width - widest - 10 - INDENT);
  const max = Math.max(
    0,
    ...allBars.map((r) => Math.max(r.value, r.valueHigh ?? 0)),
    ...blocks.map((b) => b.breakdown?.parts.reduce((s, p) => s + p.value, 0) ?? 0),
  );
  const x = linearScale([0, max > 0 ? max : 1], [0, barMax]);
  const lines: StyledLine[] = [];
  const bars: TradeBar[] = [];
  const segments: Segment[] = [];
  const totals: TradeLayout['totals'] = [];

  const anyApprox = allBars.some((r) => r.approximate);
  let y = anyApprox ? 28 : 4;
  const write = (text: string, left: number, size: number, bold: boolean, tone: Tone, step = LINE) => {
    for (const line of wrapText(text, width - left, measure, size, bold ? 'bold' : 'normal')) {
      y += step;
      lines.push({ text: line, x: left, y: y - 4, size, bold, tone });
    }
  };

  for (const block of blocks) {
    const left = block.indent ? INDENT : 0;
    const top = y;
    if (block.heading !== null) write(block.heading, left, TYPE.body, true, 'ink', 18);
    // Under a heading the note leads the block; a bar drawn alone carries it under its own lines.
    if (block.heading !== null && block.headingNote !== null)
      write(block.headingNote, left, TYPE.small, false, 'muted');
    for (const row of block.bars) {
      const rowTop = y;
      write(
        row.name,
        left,
        block.heading === null ? TYPE.body : TYPE.small,
        block.heading === null,
        'ink',
        18,
      );
      y += 4;
      const barWidth = Math.max(row.value > 0 ? 2 : 0, x(Math.max(0, row.value)));
      const bar = { x: left, y, width: barWidth, height: BAR };
      const tipWidth = Math.max(6, Math.min(32, barWidth * 0.2));
      const approxTip = row.approximate ? { x: left + barWidth - tipWidth, width: tipWidth } : null;
      const high = row.valueHigh !== null && row.valueHigh > row.value ? x(row.valueHigh) : null;
      const span =
        high === null
          ? null
          : { x: left + barWidth, y: y + BAR / 2 - 3, width: Math.max(1, high - barWidth), height: 6 };
      const end = left + Math.max(barWidth, high ?? 0);
      const valueWidth = measure(row.valueText, TYPE.body, 'bold');
      // The label sits after the bar; if that would run off the edge, it goes inside, right-aligned.
      const outside = end + 8 + valueWidth <= width;
      const value = {
        text: row.valueText,
        x: outside ? end + 8 : Math.max(4, width - valueWidth),
        y: y + BAR / 2 + 5,
        size: TYPE.body,
        bold: true,
        tone: 'ink' as const,
        inside: !outside && high === null,
      };
      y += BAR + 4;
      write(
        row.regional === null ? row.meta : `${row.meta} · ${row.regional}`,
        left,
        TYPE.small,
        false,
        'muted',
      );
      if (block.heading === null && block.headingNote !== null)
        write(block.headingNote, left, TYPE.small, false, 'muted');
      const hit = { x: left, y: rowTop, width: width - left, height: y - rowTop + 6 };
      bars.push({ id: row.id, bar, approxTip, span, value, hit, anchor: { x: end, y: bar.y + BAR } });
      y += 10;
    }
    if (block.breakdown !== null) {
      y += 2;
      let at = left;
      block.breakdown.parts.forEach((p, i) => {
        const w = x(p.value);
        const fits = measure(p.name, TYPE.small) + 6 <= w;
        segments.push({
          x: at,
          y,
          width: w,
          height: STACK,
          tone: i % 2 === 0 ? 'part' : 'part-alt',
          label: fits ? { text: p.name, x: at + 3, y: y + STACK + 13 } : null,
        });
        at += w;
      });
      const totalX = left + x(block.breakdown.total);
      if (at < totalX)
        segments.push({ x: at, y, width: totalX - at, height: STACK, tone: 'remainder', label: null });
      if (at > totalX)
        segments.push({
          x: totalX,
          y: y - 2,
          width: at - totalX,
          height: STACK + 4,
          tone: 'overshoot',
          label: null,
        });
      totals.push({ x: totalX, y: y - 4, height: STACK + 8 });
      y += STACK + (segments.some((s) => s.label !== null && s.y === y) ? 16 : 2);
      for (const text of block.breakdown.lines) write(text, left, TYPE.small, false, 'ink');
    }
    for (const text of block.computed) write(text, left, TYPE.small, false, 'ink');
    y += block.computed.length > 0 || block.breakdown !== null ? 12 : 8;
    if (top === y) y += 1;
  }

  let noteBlock: TradeLayout['notes'] = null;
  if (notes.length > 0) {
    const top = y;
    const inner = width - NOTE_PAD * 2 - 6;
    let ny = top + NOTE_PAD + 12;
    const heading = { text: 'Not like for like', x: NOTE_PAD + 6, y: ny };
    ny += 6;
    const noteLines: TextLine[] = [];
    for (const note of notes) {
      for (const text of wrapText(note, inner, measure, TYPE.small)) {
        ny += LINE;
        noteLines.push({ text, x: NOTE_PAD + 6, y: ny });
      }
      ny += 6;
    }
    const height = ny - top + NOTE_PAD - 6;
    noteBlock = { top, height, heading, lines: noteLines };
    y = top + height + 4;
  }
  return {
    width,
    height: Math.ceil(y),
    legend: anyApprox ? { y: 14 } : null,
    lines,
    bars,
    segments,
    totals,
    notes: noteBlock,
  };
}
