import type { Country, PlaceFeature, ProjectFeature } from '../data/schema';
import { compareNames } from '../lib/textOrder';
import { FRAME, type Frame, inFrame } from './frame';
import { unwrapInto } from './unwrap';

/**
 * True when segment a→b meets the box [west, south, east, north] (Liang–Barsky). Leaflet's
 * LineUtil.clipSegment does this too, but this module is in the first view's chunk and Leaflet
 * is not: importing it here would load all of Leaflet before the page's first paint.
 */
function segmentMeetsBox(a: readonly number[], b: readonly number[], box: readonly number[]): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [ax - bx, ax - x0],
    [bx - ax, x1 - ax],
    [ay - by, ay - y0],
    [by - ay, y1 - ay],
  ] as const) {
    if (p === 0 && q < 0) return false;
    if (p < 0) t0 = Math.max(t0, q / p);
    if (p > 0) t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

// Scratch columns for a route's unwrapped positions, grown as needed: the first load tests every
// route, and a pair of arrays per vertex was most of this module's cost there.
let scratch = { lon: new Float64Array(64), lat: new Float64Array(64) };

/** True when some part of the feature (a point, or a segment of a route) lies inside the frame. */
function meetsFrame(feature: ProjectFeature | PlaceFeature, frame: Frame): boolean {
  const g = feature.geometry;
  if (g.type === 'Point') return inFrame(g.coordinates[0], g.coordinates[1], frame);
  const n = g.coordinates.length;
  if (scratch.lon.length < n) scratch = { lon: new Float64Array(n * 2), lat: new Float64Array(n * 2) };
  const { lon, lat } = scratch;
  unwrapInto(g.coordinates, lon, lat, 0);
  for (let k = 0; k < n; k++) if (inFrame(lon[k] as number, lat[k] as number, frame)) return true;
  // A route may cross the frame with every vertex outside it.
  const box = [frame.west, frame.south, frame.east, frame.north] as const;
  for (let k = 1; k < n; k++)
    if (
      segmentMeetsBox([lon[k - 1] as number, lat[k - 1] as number], [lon[k] as number, lat[k] as number], box)
    )
      return true;
  return false;
}

/** Features no part of which lies inside the frame: the map cannot draw them, so it names them. */
export function offMapFeatures<T extends ProjectFeature | PlaceFeature>(
  features: readonly T[],
  frame: Frame = FRAME,
): T[] {
  return features.filter((f) => !meetsFrame(f, frame));
}

/** Mentioned countries whose shape lies outside the frame (judged by their anchor), most mentioned first. */
export function offMapMentions(
  countries: readonly Country[],
  mentions: ReadonlyMap<string, number>,
  frame: Frame = FRAME,
): { code: string; name: string; count: number }[] {
  return countries
    .filter((c) => (mentions.get(c.code) ?? 0) > 0 && !inFrame(c.anchor[0], c.anchor[1], frame))
    .map((c) => ({ code: c.code, name: c.name, count: mentions.get(c.code) ?? 0 }))
    .sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}
