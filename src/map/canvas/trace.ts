import { toCanvasX, toCanvasY, type Viewport } from '../model/projection';
import type { LineSet } from '../model/scene';
import type { MarkerShape } from '../styles';
import type { Paint } from './paint';

// Tracing shapes into the current path and painting it, the way Leaflet's canvas renderer does.

/** Pixels beyond the canvas within which a feature may still show (the widest halo or band). */
export const MARGIN = 24;

export type Ctx = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
>;

/** Fills, then strokes, the current path. Non-zero fill: overlapping circles in one path stay filled. */
export function paintPath(ctx: Ctx, p: Paint): void {
  if (p.fill) {
    ctx.globalAlpha = p.fillOpacity;
    ctx.fillStyle = p.fillColor;
    ctx.fill('nonzero');
  }
  if (p.stroke && p.weight !== 0) {
    ctx.setLineDash(p.dash);
    ctx.globalAlpha = p.opacity;
    ctx.lineWidth = p.weight;
    ctx.strokeStyle = p.color;
    ctx.lineCap = p.lineCap;
    ctx.lineJoin = p.lineJoin;
    ctx.stroke();
  }
}

/** Adds a circle or a diamond to the current path as a subpath of its own. */
export function traceMark(ctx: Ctx, shape: MarkerShape, x: number, y: number, r: number): void {
  if (shape === 'diamond') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
    return;
  }
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, Math.PI * 2, false);
}

/**
 * The part of segment a→b inside the box [x0, y0, x1, y1], as parameters 0 ≤ t0 ≤ t1 ≤ 1 along
 * it, or null when it misses the box (Liang–Barsky).
 */
export function clipSegment(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  box: readonly [number, number, number, number],
): [number, number] | null {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - box[0]],
    [dx, box[2] - ax],
    [-dy, ay - box[1]],
    [dy, box[3] - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/**
 * Adds route i to the current path, clipped to the canvas grown by `margin` (a dashed route
 * running thousands of pixels off screen would otherwise cost every one of its dashes), skipping
 * vertices that round to the previous pixel. A route that shrinks to one pixel still gets a
 * zero-length segment, so a round cap draws it as a dot.
 */
export function traceRoute(ctx: Ctx, routes: LineSet, i: number, v: Viewport, margin: number): void {
  const from = routes.first[i] as number;
  const to = routes.first[i + 1] as number;
  if (to - from < 1) return;
  const box = [-margin, -margin, v.width + margin, v.height + margin] as const;
  let ax = toCanvasX(v, routes.vx[from] as number);
  let ay = toCanvasY(v, routes.vy[from] as number);
  let pen: [number, number] | null = null;
  for (let k = from + 1; k < to; k++) {
    const bx = toCanvasX(v, routes.vx[k] as number);
    const by = toCanvasY(v, routes.vy[k] as number);
    if (bx === ax && by === ay) continue;
    const t = clipSegment(ax, ay, bx, by, box);
    if (t) {
      const sx = ax + (bx - ax) * t[0];
      const sy = ay + (by - ay) * t[0];
      if (!pen || pen[0] !== sx || pen[1] !== sy) ctx.moveTo(sx, sy);
      pen = [ax + (bx - ax) * t[1], ay + (by - ay) * t[1]];
      ctx.lineTo(pen[0], pen[1]);
    } else pen = null;
    ax = bx;
    ay = by;
  }
  if (pen === null && ax >= box[0] && ay >= box[1] && ax <= box[2] && ay <= box[3]) {
    // Every vertex on one pixel (or a single vertex): a dot, as the round cap draws it.
    ctx.moveTo(ax, ay);
    ctx.lineTo(ax, ay);
  }
}

/** True when route i's box, grown by `margin` pixels, meets the canvas. */
export function routeInView(routes: LineSet, i: number, v: Viewport, margin: number): boolean {
  const b = routes.bbox;
  const s = v.scale;
  return (
    (b[i * 4] as number) * s - v.left <= v.width + margin &&
    (b[i * 4 + 2] as number) * s - v.left >= -margin &&
    (b[i * 4 + 1] as number) * s - v.top <= v.height + margin &&
    (b[i * 4 + 3] as number) * s - v.top >= -margin
  );
}
