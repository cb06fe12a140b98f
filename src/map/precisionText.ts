import type { Precision } from '../data/schema';

/** A short phrase for lists: how well the map knows where a feature is. */
export function precisionPhrase(precision: Precision, isLine: boolean): string {
  if (precision === 'exact') return isLine ? 'exact route' : 'exact site';
  if (precision === 'approximate') return isLine ? 'approximate route' : 'approximate site';
  return 'location not stated';
}

/** The popup's sentence about a feature's location. */
export function precisionSentence(precision: Precision, isLine: boolean): string {
  if (precision === 'exact') return isLine ? 'Route drawn as located.' : 'Site drawn as located.';
  if (precision === 'approximate')
    return isLine
      ? 'Approximate route: the line is a sketch.'
      : 'Approximate location: the point is a sketch.';
  return 'Location not stated — shown at country level.';
}
