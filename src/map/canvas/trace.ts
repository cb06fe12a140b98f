import type { MarkerShape } from '../styles';
import type { Paint } from './paint';
import { type Viewport, toCanvasX, toCanvasY } from './projection';
import type { LineSet } from './scene';

// Tracing shapes into the current path and painting it, the way Leaflet's canvas renderer does.

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
 * Adds route i to the current path, skipping vertices that round to the previous pixel. A route
 * that shrinks to one pixel still gets a zero-length segment, so a round cap draws it as a dot.
 */
export function traceRoute(ctx: Ctx, routes: LineSet, i: number, v: Viewport): void {
  const from = routes.first[i] as number;
  const to = routes.first[i + 1] as number;
  if (to - from < 1) return;
  let px = toCanvasX(v, routes.vx[from] as number);
  let py = toCanvasY(v, routes.vy[from] as number);
  ctx.moveTo(px, py);
  let segments = 0;
  for (let k = from + 1; k < to; k++) {
    const x = toCanvasX(v, routes.vx[k] as number);
    const y = toCanvasY(v, routes.vy[k] as number);
    if (x === px && y === py) continue;
    ctx.lineTo(x, y);
    px = x;
    py = y;
    segments++;
  }
  if (segments === 0 && to - from > 1) ctx.lineTo(px, py);
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
