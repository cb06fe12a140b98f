import { MONTH_NAMES } from '../../lib/formatDate';
import { TYPE } from '../chartType';
import type { Box, Point, TextLine } from '../geometry';
import { type MeasureText, wrapText } from '../textMeasure';

export type { Box };

import { type DatePrecision, intervalOf } from './timeSegments';

export interface TimelineInput {
  id: string;
  date: string;
  precision: DatePrecision;
  label: string;
  scheduled: boolean;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TimelineMark {
  id: string;
  precision: DatePrecision;
  scheduled: boolean;
  /** Day events: a point. */
  point: { x: number; y: number } | null;
  /** Month and year events: a bar across the whole month or year. */
  span: Box | null;
  /** The label's box, and its lines; the first `boldLines` lines are the date. */
  box: Box;
  lines: TextLine[];
  boldLines: number;
  /** From the mark to the label. */
  leader: [number, number][];
  /** Where the tooltip points. */
  anchor: { x: number; y: number };
}

export interface TimelineTickMark {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  axes: Line[];
  grid: Line[];
  /** Centre of each break between axis segments. */
  breaks: { x: number; y: number }[];
  ticks: TimelineTickMark[];
  marks: TimelineMark[];
}

export const TEXT_SIZE = TYPE.small;
export const LINE_HEIGHT = 16;
export const SPAN_WIDTH = 8;
export const SPAN_STEP = 12;

const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const MONTHS_LONG = MONTH_NAMES;

/** The label's first line: "16 Jun 2025", "June 2025 (day not given)", "1991", "Scheduled: 9 Jul 2025". */
export function dateLine(input: TimelineInput): string {
  const d = new Date(intervalOf(input.date, input.precision).start);
  const text =
    input.precision === 'year'
      ? String(d.getUTCFullYear())
      : input.precision === 'month'
        ? `${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()} (day not given)`
        : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return input.scheduled ? `Scheduled: ${text}` : text;
}

export interface LabelText {
  lines: string[];
  bold: number;
  width: number;
  height: number;
}

/** A label's lines (date in bold, then the event), wrapped to `maxWidth`. */
export function labelText(input: TimelineInput, maxWidth: number, measure: MeasureText): LabelText {
  const date = wrapText(dateLine(input), maxWidth, measure, TEXT_SIZE, 'bold');
  const words = wrapText(input.label, maxWidth, measure, TEXT_SIZE);
  const widths = [
    ...date.map((l) => measure(l, TEXT_SIZE, 'bold')),
    ...words.map((l) => measure(l, TEXT_SIZE)),
  ];
  const lines = [...date, ...words];
  return {
    lines,
    bold: date.length,
    width: Math.ceil(Math.max(...widths)) + 4,
    height: lines.length * LINE_HEIGHT + 2,
  };
}

/** Spans that overlap go in separate lanes; returns each span's lane. */
export function spanLanes(spans: readonly { id: string; from: number; to: number }[]): Map<string, number> {
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    let lane = laneEnds.findIndex((end) => end + 2 <= s.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = s.to;
    lanes.set(s.id, lane);
  }
  return lanes;
}

/**
 * An event's mark: a point at its anchor for a day, else a span across its interval (`from` to
 * `to` along the time axis) centred on the anchor; a leader from the mark's edge through `leader`
 * to the label; and the label's lines in the box the layout gave them.
 */
export function placeMark(
  event: TimelineInput,
  label: LabelText,
  orientation: TimelineLayout['orientation'],
  at: { anchor: Point; from: number; to: number; box: Box; leader: [number, number][] },
): TimelineMark {
  const { anchor: a, box } = at;
  const day = event.precision === 'day';
  const length = Math.max(3, at.to - at.from);
  const edge = day ? 6 : SPAN_WIDTH / 2;
  const horizontal = orientation === 'horizontal';
  return {
    id: event.id,
    precision: event.precision,
    scheduled: event.scheduled,
    point: day ? a : null,
    span: day
      ? null
      : horizontal
        ? { x: at.from, y: a.y - SPAN_WIDTH / 2, width: length, height: SPAN_WIDTH }
        : { x: a.x - SPAN_WIDTH / 2, y: at.from, width: SPAN_WIDTH, height: length },
    box,
    lines: label.lines.map((text, j) => ({ text, x: box.x, y: box.y + (j + 1) * LINE_HEIGHT - 4 })),
    boldLines: label.bold,
    leader: [horizontal ? [a.x, a.y + edge] : [a.x + edge, a.y], ...at.leader],
    anchor: a,
  };
}
