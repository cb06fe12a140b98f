// Map labels are placed in screen pixels; these pure helpers decide which ones fit, and where.

export interface Box {
  /** Top-left corner and size, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: string;
  width: number;
  height: number;
  /** Higher goes first: an attack beats a capital, a capital beats a country name. */
  priority: number;
  /** Top-left corners to try, best first (right of a marker, then left of it). */
  options: readonly { x: number; y: number }[];
}

/** A rough width for a one-line label: enough to keep labels apart, not to typeset them. */
export function estimateTextWidth(text: string, fontSizePx: number, letterSpacingPx = 0): number {
  return Math.ceil(text.length * (fontSizePx * 0.56 + letterSpacingPx));
}

/** Pixels per degree of longitude at a Web Mercator zoom level. */
export const pxPerDegree = (zoom: number): number => (256 * 2 ** zoom) / 360;

/** A country's name is shown only where its land is wide enough to hold it. */
export function nameFits(spanDegrees: number, zoom: number, textWidthPx: number): boolean {
  return spanDegrees * pxPerDegree(zoom) >= textWidthPx * 0.9;
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

const inside = (box: Box, view: { width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width && box.y + box.height <= view.height;

/** Boxes bucketed by 64-pixel cells, so checking a label against thousands of markers stays cheap. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size = 64) {}
  /** Visits the keys of the cells a box touches until `visit` returns true. */
  private some(b: Box, visit: (key: number) => boolean): boolean {
    const [i0, i1] = [Math.floor(b.x / this.size), Math.floor((b.x + b.width) / this.size)];
    const [j0, j1] = [Math.floor(b.y / this.size), Math.floor((b.y + b.height) / this.size)];
    for (let i = i0; i <= i1; i++)
      // Cell columns and rows stay far below 2^20 pixels / 64 either side of the view.
      for (let j = j0; j <= j1; j++) if (visit((i + 2 ** 20) * 2 ** 21 + (j + 2 ** 20))) return true;
    return false;
  }
  add(b: Box): void {
    this.some(b, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
      return false;
    });
  }
  hits(b: Box, gap: number): boolean {
    const grown = { x: b.x - gap, y: b.y - gap, width: b.width + 2 * gap, height: b.height + 2 * gap };
    return this.some(grown, (key) => this.cells.get(key)?.some((o) => overlaps(o, b, gap)) ?? false);
  }
}

/**
 * Greedy placement: by priority (then input order), each label takes its first position that lies
 * wholly inside the view and clear of every label already placed and of the obstacles (markers).
 * Labels with no such position are left out rather than drawn over something or cut off.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: { width: number; height: number },
  obstacles: readonly Box[] = [],
  gap = 3,
): Map<string, Box> {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  const placed = new Map<string, Box>();
  const labels = new BoxGrid();
  const markers = new BoxGrid();
  for (const o of obstacles) markers.add(o);
  for (const { c } of order)
    for (const { x, y } of c.options) {
      const box = { x, y, width: c.width, height: c.height };
      if (!inside(box, view) || labels.hits(box, gap) || markers.hits(box, 0)) continue;
      placed.set(c.id, box);
      labels.add(box);
      break;
    }
  return placed;
}
