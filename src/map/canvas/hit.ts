import * as L from 'leaflet';
import { DIMMED, type MapView } from '../model/mapView';
import type { SetName } from '../model/scene';
import { ATTACK, type HitList, indexOfCode, kindOfCode, ROUTE, SITE } from './codes';
import { attackPaint, hitRadius, placePaint, routePaint, sitePaint, variantOf } from './paint';
import { layerX, layerY, type PixelFrame, routePoints } from './trace';

// Which drawn feature lies under a point of the canvas. Marks are bucketed by 64-pixel cells in
// draw order, so a click (or every mouse move, for the cursor) tests only the few marks near it
// and the first hit from the end is the one on top. A route is hit within a few pixels of its
// line (Leaflet's LineUtil.pointToSegmentDistance); a point within its drawn shape.

const CELL = 64;
/** Extra pixels around a route's line that still count as a hit: thin routes stay clickable. */
export const LINE_TOLERANCE = 4;

export interface Hit {
  set: SetName;
  index: number;
}

export class HitGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly min: L.Point;

  constructor(
    private readonly mapView: MapView,
    private readonly frame: PixelFrame,
    private readonly hits: HitList,
  ) {
    this.min = frame.bounds.min;
    for (let rank = 0; rank < hits.count; rank++) {
      const code = hits.codes[rank] as number;
      if (kindOfCode(code) === ROUTE) {
        const points = routePoints(mapView.scene.routes, indexOfCode(code), frame);
        const tol = this.routeTolerance(indexOfCode(code));
        points.forEach((b, k) => {
          const a = points[k - 1] ?? b;
          this.addBox(
            Math.min(a.x, b.x) - tol,
            Math.min(a.y, b.y) - tol,
            Math.max(a.x, b.x) + tol,
            Math.max(a.y, b.y) + tol,
            rank,
          );
        });
      } else {
        const { x, y, r } = this.circle(code);
        this.addBox(x - r, y - r, x + r, y + r, rank);
      }
    }
  }

  private variant(set: SetName, index: number) {
    const sel = this.mapView.selected;
    return variantOf(
      ((this.mapView[set][index] ?? 0) & DIMMED) !== 0,
      sel?.set === set && sel.index === index,
    );
  }

  /** Where a point mark is, in layer pixels, and how far from it a click still hits it. */
  private circle(code: number): { x: number; y: number; r: number } {
    const kind = kindOfCode(code);
    const i = indexOfCode(code);
    const { mapView: m, frame: f } = this;
    const { sites, places } = m.scene;
    const world = f.world;
    if (kind === SITE)
      return {
        x: layerX(f, world.sites.x[i] as number) + (m.dx[i] ?? 0),
        y: layerY(f, world.sites.y[i] as number) + (m.dy[i] ?? 0),
        r: hitRadius(sitePaint(sites.cls[i] as number, this.variant('sites', i)).marker),
      };
    const variant = this.variant('places', i);
    const mark =
      kind === ATTACK ? attackPaint(0, variant) : placePaint(places.cls[i] as number, variant).marker;
    return {
      x: layerX(f, world.places.x[i] as number),
      y: layerY(f, world.places.y[i] as number),
      r: hitRadius(mark),
    };
  }

  private routeTolerance(i: number): number {
    const { line } = routePaint(this.mapView.scene.routes.cls[i] as number, this.variant('routes', i));
    return (line.stroke?.width ?? 0) / 2 + LINE_TOLERANCE;
  }

  private cellKey = (x: number, y: number) =>
    Math.floor((y - this.min.y) / CELL) * 65536 + Math.floor((x - this.min.x) / CELL);

  private addBox(x0: number, y0: number, x1: number, y1: number, rank: number) {
    const { min, max } = this.frame.bounds;
    for (let y = Math.max(y0, min.y); y < Math.min(y1, max.y) + CELL; y += CELL)
      for (let x = Math.max(x0, min.x); x < Math.min(x1, max.x) + CELL; x += CELL) {
        const key = this.cellKey(Math.min(x, x1), Math.min(y, y1));
        const cell = this.cells.get(key);
        // A route crossing a cell in several segments, or a box met twice, is listed once.
        if (!cell) this.cells.set(key, [rank]);
        else if (cell[cell.length - 1] !== rank) cell.push(rank);
      }
  }

  private hitBy(code: number, p: L.Point): boolean {
    if (kindOfCode(code) !== ROUTE) {
      const c = this.circle(code);
      return p.distanceTo(L.point(c.x, c.y)) <= c.r;
    }
    const i = indexOfCode(code);
    const points = routePoints(this.mapView.scene.routes, i, this.frame);
    const tol = this.routeTolerance(i);
    return points.some((b, k) => L.LineUtil.pointToSegmentDistance(p, points[k - 1] ?? b, b) <= tol);
  }

  /** The topmost feature under a layer point, or null. */
  at(p: L.Point): Hit | null {
    if (!this.frame.bounds.contains(p)) return null;
    const cell = this.cells.get(this.cellKey(p.x, p.y)) ?? [];
    for (let k = cell.length - 1; k >= 0; k--) {
      const code = this.hits.codes[cell[k] as number] as number;
      if (!this.hitBy(code, p)) continue;
      const kind = kindOfCode(code);
      return {
        set: kind === ROUTE ? 'routes' : kind === SITE ? 'sites' : 'places',
        index: indexOfCode(code),
      };
    }
    return null;
  }
}
