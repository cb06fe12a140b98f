import { DIMMED, type MapView } from '../model/mapView';
import { toCanvasX, toCanvasY, type Viewport } from '../model/projection';
import type { Scene, SetName } from '../model/scene';
import { ATTACK, type Drawn, indexOfCode, kindOfCode, ROUTE, SITE } from './codes';
import { attackPaint, placePaint, routePaint, sitePaint, variantOf } from './paint';

// Which drawn feature lies under a point of the canvas. Marks are bucketed by 64-pixel cells in
// draw order, so a click tests only the few marks near it and the first hit from the end is the
// one on top. A route is hit within a few pixels of its line; a point within its drawn shape.

const CELL = 64;
/** Extra pixels around a route's line that still count as a hit: thin routes stay clickable. */
export const LINE_TOLERANCE = 4;

export interface Hit {
  set: SetName;
  index: number;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export class HitGrid {
  private readonly cols: number;
  private readonly rows: number;
  private readonly cells: (number[] | undefined)[];

  constructor(
    private readonly scene: Scene,
    private readonly state: MapView,
    private readonly view: Viewport,
    drawn: Drawn,
  ) {
    this.cols = Math.max(1, Math.ceil(view.width / CELL));
    this.rows = Math.max(1, Math.ceil(view.height / CELL));
    this.cells = new Array(this.cols * this.rows);
    for (let rank = 0; rank < drawn.count; rank++) {
      const code = drawn.codes[rank] as number;
      const index = indexOfCode(code);
      if (kindOfCode(code) === ROUTE) this.addRoute(index, rank);
      else {
        const { x, y, r } = this.circle(code);
        this.addBox(x - r, y - r, x + r, y + r, rank);
      }
    }
    this.codes = drawn.codes;
  }

  private readonly codes: Uint32Array;

  private variant(set: SetName, index: number) {
    const sel = this.state.selected;
    return variantOf(((this.state[set][index] ?? 0) & DIMMED) !== 0, sel?.set === set && sel.index === index);
  }

  /** Where a point mark is on the canvas and how far from it a click still hits it. */
  private circle(code: number): { x: number; y: number; r: number } {
    const kind = kindOfCode(code);
    const i = indexOfCode(code);
    const { sites, places } = this.scene;
    if (kind === SITE)
      return {
        x: toCanvasX(this.view, sites.x[i] as number) + (this.state.dx[i] ?? 0),
        y: toCanvasY(this.view, sites.y[i] as number) + (this.state.dy[i] ?? 0),
        r: sitePaint(sites.cls[i] as number, this.variant('sites', i)).marker.hitRadius,
      };
    const r =
      kind === ATTACK
        ? attackPaint(0, this.variant('places', i)).hitRadius
        : placePaint(places.cls[i] as number, this.variant('places', i)).marker.hitRadius;
    return {
      x: toCanvasX(this.view, places.x[i] as number),
      y: toCanvasY(this.view, places.y[i] as number),
      r,
    };
  }

  private routeTolerance(i: number): number {
    return (
      routePaint(this.scene.routes.cls[i] as number, this.variant('routes', i)).line.weight / 2 +
      LINE_TOLERANCE
    );
  }

  private addRoute(i: number, rank: number) {
    const { first, vx, vy } = this.scene.routes;
    const tol = this.routeTolerance(i);
    for (let k = (first[i] as number) + 1; k < (first[i + 1] as number); k++) {
      const ax = toCanvasX(this.view, vx[k - 1] as number);
      const ay = toCanvasY(this.view, vy[k - 1] as number);
      const bx = toCanvasX(this.view, vx[k] as number);
      const by = toCanvasY(this.view, vy[k] as number);
      this.addBox(
        Math.min(ax, bx) - tol,
        Math.min(ay, by) - tol,
        Math.max(ax, bx) + tol,
        Math.max(ay, by) + tol,
        rank,
      );
    }
  }

  private addBox(x0: number, y0: number, x1: number, y1: number, rank: number) {
    const c0 = Math.max(0, Math.floor(x0 / CELL));
    const c1 = Math.min(this.cols - 1, Math.floor(x1 / CELL));
    const r0 = Math.max(0, Math.floor(y0 / CELL));
    const r1 = Math.min(this.rows - 1, Math.floor(y1 / CELL));
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const cell = this.cells[r * this.cols + c];
        // A route crossing a cell in several segments is listed once.
        if (!cell) this.cells[r * this.cols + c] = [rank];
        else if (cell[cell.length - 1] !== rank) cell.push(rank);
      }
  }

  private hits(code: number, x: number, y: number): boolean {
    const i = indexOfCode(code);
    if (kindOfCode(code) !== ROUTE) {
      const c = this.circle(code);
      return Math.hypot(x - c.x, y - c.y) <= c.r;
    }
    const { first, vx, vy } = this.scene.routes;
    const tol = this.routeTolerance(i);
    const v = this.view;
    for (let k = (first[i] as number) + 1; k < (first[i + 1] as number); k++) {
      const d = segmentDistance(
        x,
        y,
        toCanvasX(v, vx[k - 1] as number),
        toCanvasY(v, vy[k - 1] as number),
        toCanvasX(v, vx[k] as number),
        toCanvasY(v, vy[k] as number),
      );
      if (d <= tol) return true;
    }
    return false;
  }

  /** The topmost feature under a canvas point, or null. */
  at(x: number, y: number): Hit | null {
    if (x < 0 || y < 0 || x >= this.cols * CELL || y >= this.rows * CELL) return null;
    const cell = this.cells[Math.floor(y / CELL) * this.cols + Math.floor(x / CELL)] ?? [];
    for (let k = cell.length - 1; k >= 0; k--) {
      const code = this.codes[cell[k] as number] as number;
      if (!this.hits(code, x, y)) continue;
      const kind = kindOfCode(code);
      const set: SetName = kind === ROUTE ? 'routes' : kind === SITE ? 'sites' : 'places';
      return { set, index: indexOfCode(code) };
    }
    return null;
  }
}
