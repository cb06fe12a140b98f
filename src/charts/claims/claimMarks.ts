import { TYPE } from '../chartType';
import type { Box, Point, TextLine } from '../geometry';
import type { MeasureText } from '../textMeasure';

// Pieces of the claims drawing: the stepped line, and value labels that keep clear of points.

/**
 * The SVG path of a step-after line through points in date order: across at each value, then
 * up or down at the next report. Written here rather than taking d3-shape for one path command.
 */
export function stepPath(points: readonly Point[]): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return points
    .map((p, i) => {
      const prev = points[i - 1];
      if (prev === undefined) return `M${r(p.x)},${r(p.y)}`;
      return `L${r(p.x)},${r(prev.y)}L${r(p.x)},${r(p.y)}`;
    })
    .join('');
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A value label beside its point: above right, else below right, else left; never over another.
 * With `dropIfCrowded`, a label with no free place is left out (its value is in the tooltip and
 * table) rather than drawn over another.
 */
export function placeLabel(
  text: string,
  at: Point,
  high: number | null,
  width: number,
  measure: MeasureText,
  placed: Box[],
  dropIfCrowded = false,
): TextLine | null {
  const w = measure(text, TYPE.small, 'bold');
  const top = high ?? at.y;
  const right = Math.min(at.x + 7, width - w);
  const candidates = [
    { x: right, y: top - 7 },
    { x: right, y: at.y + 18 },
    { x: Math.max(0, at.x - 7 - w), y: top - 7 },
  ];
  const boxOf = (c: Point): Box => ({ x: c.x, y: c.y - TYPE.small, width: w, height: TYPE.small + 2 });
  const free = candidates.find((c) => !placed.some((b) => overlaps(b, boxOf(c))));
  if (free === undefined && dropIfCrowded) return null;
  const chosen = free ?? candidates[0]!;
  placed.push(boxOf(chosen));
  return { text, x: chosen.x, y: chosen.y };
}
