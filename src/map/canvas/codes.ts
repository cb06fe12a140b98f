import type { SetName } from '../model/scene';

// What a click can hit, recorded as the canvas draws it: one entry per mark, in draw order (a
// later one lies on top), with its set and index, and for a point mark where it was drawn and how
// far from there a click still hits it (for a route, how far from its line).

/** The sets by number, as the hit list stores them. An attack ring is hit as its place. */
export const SETS: readonly SetName[] = ['routes', 'sites', 'places'];
export const ROUTE = 0;
export const SITE = 1;
export const PLACE = 2;

/** Extra pixels around a route's line that still count as a hit: thin routes stay clickable. */
export const LINE_TOLERANCE = 4;

export interface HitList {
  sets: Uint8Array;
  index: Uint32Array;
  x: Float32Array;
  y: Float32Array;
  r: Float32Array;
  count: number;
}

export const hitList = (size: number): HitList => ({
  sets: new Uint8Array(size),
  index: new Uint32Array(size),
  x: new Float32Array(size),
  y: new Float32Array(size),
  r: new Float32Array(size),
  count: 0,
});

export function record(hits: HitList, set: number, index: number, x: number, y: number, r: number): void {
  const n = hits.count++;
  hits.sets[n] = set;
  hits.index[n] = index;
  hits.x[n] = x;
  hits.y[n] = y;
  hits.r[n] = r;
}
