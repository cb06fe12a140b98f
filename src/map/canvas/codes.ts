// What a click can hit, as one number per drawn mark: its kind in the high bits, its index in
// the scene set below them.

export const ROUTE = 0;
export const SITE = 1;
export const PLACE = 2;
export const ATTACK = 3;
const SHIFT = 2 ** 28;

export const codeOf = (kind: number, index: number): number => kind * SHIFT + index;
export const kindOfCode = (code: number): number => Math.floor(code / SHIFT);
export const indexOfCode = (code: number): number => code % SHIFT;

/** The marks a click can hit, in draw order: a later one lies on top. */
export interface HitList {
  codes: Uint32Array;
  count: number;
}
