// Alphabetical order without Intl: the first locale-aware comparison in a page makes the browser
// load its collation data, a long task on a phone. Names are folded (accents removed, lower
// case) and compared as plain strings, which orders the names this project shows the same way.

/** Lower case, accents removed: "Türkiye" → "turkiye". */
export const foldText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Plain string order, for keys that are already comparable (folded names, ISO dates). */
export const comparePlain = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Alphabetical order of display names. */
export const compareNames = (a: string, b: string): number =>
  comparePlain(foldText(a), foldText(b)) || comparePlain(a, b);
