import * as L from 'leaflet';
import type { Scene, SetName } from '../model/scene';
import { type HitList, ROUTE, SETS } from './codes';
import { type PixelFrame, routePoints } from './trace';

// Which drawn feature lies under a point of the canvas. Marks are bucketed by 64-pixel cells in
// draw order, so a click (or every mouse move, for the cursor) tests only the few marks near it
// and the first hit from the end is the one on top. A route is hit within its recorded reach of
// its line (Leaflet's LineUtil.pointToSegmentDistance); a point within its recorded radius.

const CELL = 64;

export interface Hit {
  set: SetName;
  index: number;
}

export class HitGrid {
  private readonly cells = new Map<number, number[]>();

  constructor(
    private readonly scene: Scene,
    private readonly frame: PixelFrame,
    private readonly hits: HitList,
  ) {
    for (let rank = 0; rank < hits.count; rank++) {
      const r = hits.r[rank] as number;
      const points = this.route(rank) ?? [L.point(hits.x[rank] as number, hits.y[rank] as number)];
      points.forEach((b, k) => {
        const a = points[k - 1] ?? b;
        this.addBox(
          Math.min(a.x, b.x) - r,
          Math.min(a.y, b.y) - r,
          Math.max(a.x, b.x) + r,
          Math.max(a.y, b.y) + r,
          rank,
        );
      });
    }
  }

  /** The points of mark `rank` if it is a route, in layer pixels. */
  private route(rank: number): L.Point[] | null {
    const { sets, index } = this.hits;
    return sets[rank] === ROUTE ? routePoints(this.scene.routes, index[rank] as number, this.frame) : null;
  }

  private cellKey(x: number, y: number): number {
    const { min } = this.frame.bounds;
    return Math.floor((y - min.y) / CELL) * 65536 + Math.floor((x - min.x) / CELL);
  }

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

  private hitBy(rank: number, p: L.Point): boolean {
    const r = this.hits.r[rank] as number;
    const points = this.route(rank);
    if (!points) return p.distanceTo(L.point(this.hits.x[rank] as number, this.hits.y[rank] as number)) <= r;
    return points.some((b, k) => L.LineUtil.pointToSegmentDistance(p, points[k - 1] ?? b, b) <= r);
  }

  /** The topmost feature under a layer point, or null. */
  at(p: L.Point): Hit | null {
    if (!this.frame.bounds.contains(p)) return null;
    const cell = this.cells.get(this.cellKey(p.x, p.y)) ?? [];
    for (let k = cell.length - 1; k >= 0; k--) {
      const rank = cell[k] as number;
      if (!this.hitBy(rank, p)) continue;
      return { set: SETS[this.hits.sets[rank] as number] as SetName, index: this.hits.index[rank] as number };
    }
    return null;
  }
}
