// What a click can hit, recorded as the canvas draws it: one entry per mark, in draw order (a
// later one lies on top), with its kind and index packed in one number, and for a point mark
// where it was drawn and how far from there a click still hits it (for a route, how far from its
// line).

export const ROUTE = 0;
export const SITE = 1;
export const PLACE = 2;
export const ATTACK = 3;
const SHIFT = 2 ** 28;

/** Extra pixels around a route's line that still count as a hit: thin routes stay clickable. */
export const LINE_TOLERANCE = 4;

export const codeOf = (kind: number, index: number): number => kind * SHIFT + index;
export const kindOfCode = (code: number): number => Math.floor(code / SHIFT);
export const indexOfCode = (code: number): number => code % SHIFT;

export interface HitList {
  codes: Uint32Array;
  x: Float32Array;
  y: Float32Array;
  r: Float32Array;
  count: number;
}

export const hitList = (size: number): HitList => ({
  codes: new Uint32Array(size),
  x: new Float32Array(size),
  y: new Float32Array(size),
  r: new Float32Array(size),
  count: 0,
});

export function record(hits: HitList, kind: number, index: number, x: number, y: number, r: number): void {
  const n = hits.count++;
  hits.codes[n] = codeOf(kind, index);
  hits.x[n] = x;
  hits.y[n] = y;
  hits.r[n] = r;
}
