import type { PlaceFeature, ProjectFeature } from '../data/schema';
import { FRAME, type Frame, inFrame, REGION } from './frame';
import { unwrapLongitudes } from './unwrap';

/** [[south, west], [north, east]], as Leaflet takes bounds. */
export type Bounds = [[number, number], [number, number]];
type Position = readonly [number, number] | readonly number[];

export const frameBounds = (frame: Frame = FRAME): Bounds => [
  [frame.south, frame.west],
  [frame.north, frame.east],
];

/** A feature's positions; a route's unwrapped across the antimeridian, as the map draws it. */
export function positionsOf(feature: ProjectFeature | PlaceFeature): Position[] {
  const g = feature.geometry;
  return g.type === 'Point' ? [g.coordinates] : unwrapLongitudes(g.coordinates);
}

/** The extent of the positions added inside one frame, widened to at least `minSpan` degrees each way. */
function extentIn(frame: Frame) {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  return {
    add(lon: number | undefined, lat: number | undefined): void {
      if (lon === undefined || lat === undefined || !inFrame(lon, lat, frame)) return;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
    },
    bounds(minSpan: number): Bounds | null {
      if (south === Infinity) return null;
      const widen = (lo: number, hi: number, min: number, max: number): [number, number] => {
        const grow = Math.max(0, minSpan - (hi - lo)) / 2;
        return [Math.max(min, lo - grow), Math.min(max, hi + grow)];
      };
      const [s, n] = widen(south, north, frame.south, frame.north);
      const [w, e] = widen(west, east, frame.west, frame.east);
      return [
        [s, w],
        [n, e],
      ];
    },
  };
}

/**
 * The smallest bounds holding every position inside the frame (positions outside it, such as
 * Washington, are left to the off-map note). A single point or a tiny cluster is widened to at
 * least `minSpan` degrees each way, so fitting never zooms to street level. Null when nothing is
 * in the frame.
 */
export function boundsOf(positions: Iterable<Position>, frame: Frame = FRAME, minSpan = 4): Bounds | null {
  const extent = extentIn(frame);
  for (const [lon, lat] of positions) extent.add(lon, lat);
  return extent.bounds(minSpan);
}

/** Positions as two columns, as the map's scene holds them: position i is (lon[i], lat[i]). */
export interface Columns {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
}

/**
 * The default view: every position in the region the articles are about, or, when none lies
 * there, every one the map can draw at all. One pass over the scene's columns (routes unwrapped
 * already), no list of positions: it runs on the first load and whenever the filter is cleared.
 */
export function dataBounds(sets: readonly Columns[]): Bounds | null {
  const region = extentIn(REGION);
  const frame = extentIn(FRAME);
  for (const { lon, lat } of sets)
    for (let i = 0; i < lon.length; i++) {
      region.add(lon[i], lat[i]);
      frame.add(lon[i], lat[i]);
    }
  return region.bounds(4) ?? frame.bounds(4);
}

/** Bounds of country shapes given by their bounding boxes [west, south, east, north]. */
export function unionBoxes(boxes: Iterable<readonly [number, number, number, number]>, frame: Frame = FRAME) {
  const corners: Position[] = [];
  for (const [w, s, e, n] of boxes) corners.push([w, s], [e, n]);
  return boundsOf(corners, frame, 2);
}

export const boundsContain = (outer: Bounds, inner: Bounds): boolean =>
  inner[0][0] >= outer[0][0] &&
  inner[0][1] >= outer[0][1] &&
  inner[1][0] <= outer[1][0] &&
  inner[1][1] <= outer[1][1];
