// Places event labels below a time axis so that no two overlap, however many events share a
// day. Each label hangs from a leader line dropped from its mark. Labels are placed from the
// right-most mark leftwards, each at the highest free position where neither its box nor its
// leader crosses anything already placed; leaders then never cut through other labels in
// ordinary layouts.

export interface LabelRequest {
  id: string;
  /** Where the mark is on the axis. */
  anchorX: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends LabelRequest {
  x: number;
  y: number;
  /** Where the leader stops: the label's first line. */
  leaderEnd: number;
}

export interface LabelLayoutOptions {
  /** The highest a label may sit (just under the axis). */
  top: number;
  /** Labels stay within [0, width]. */
  width: number;
  /** Space kept between labels. */
  gap?: number;
  /** How far right of its leader a label starts. */
  indent?: number;
}

const LEADER_DROP = 8;

export function boxesOverlap(a: PlacedLabel, b: PlacedLabel, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** True when `leader` (a vertical line from the axis down to its label) passes through `box`. */
export function leaderCrosses(leader: PlacedLabel, box: PlacedLabel, top: number): boolean {
  if (leader.id === box.id) return false;
  const inside = leader.anchorX > box.x - 2 && leader.anchorX < box.x + box.width + 2;
  return inside && box.y < leader.leaderEnd && box.y + box.height > top;
}

export function layoutLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): PlacedLabel[] {
  const { top, width } = options;
  const gap = options.gap ?? 6;
  const indent = options.indent ?? 7;
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.anchorX - a.r.anchorX || a.i - b.i)
    .map(({ r }) => r);
  const placed: PlacedLabel[] = [];

  for (const request of order) {
    const boxWidth = Math.min(request.width, width);
    const preferred = request.anchorX + indent;
    const x = Math.max(0, Math.min(preferred, width - boxWidth));
    const at = (y: number): PlacedLabel => ({
      ...request,
      width: boxWidth,
      x,
      y,
      leaderEnd: x === preferred ? y + LEADER_DROP : y,
    });
    const candidates = [top, ...placed.map((p) => p.y + p.height + gap)].sort((a, b) => a - b);
    const free = (c: PlacedLabel) => placed.every((p) => !boxesOverlap(c, p, gap - 0.01));
    const clean = (c: PlacedLabel) =>
      placed.every((p) => !leaderCrosses(c, p, top) && !leaderCrosses(p, c, top));
    const fits = candidates.map(at).filter(free);
    // The last candidate is below everything placed, so `fits` is never empty.
    placed.push(fits.find(clean) ?? fits[0]!);
  }
  const byId = new Map(placed.map((p) => [p.id, p]));
  return requests.map((r) => byId.get(r.id)!);
}

export interface StackRequest {
  id: string;
  /** Where the label would ideally start along the axis (its mark's position). */
  want: number;
  height: number;
}

/**
 * One-dimensional stacking for a vertical axis: labels keep the order of their marks and each
 * starts at its mark or just below the previous label, whichever is lower. Order is preserved,
 * so leaders never cross one another and labels never overlap.
 */
export function stackLabels(requests: readonly StackRequest[], start: number, gap = 8): Map<string, number> {
  const placed = new Map<string, number>();
  let next = start;
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => a.r.want - b.r.want || a.i - b.i);
  for (const { r } of order) {
    const y = Math.max(r.want, next);
    placed.set(r.id, y);
    next = y + r.height + gap;
  }
  return placed;
}
