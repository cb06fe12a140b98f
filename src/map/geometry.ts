import type { PlaceFeature, ProjectFeature } from '../data/schema';
import { unwrapLongitudes } from './unwrap';

type Position = readonly number[];
export type LatLng = [number, number];

/** Where a feature's popup points: the point itself, or halfway along a route as the map draws it. */
export function anchorOf(geometry: ProjectFeature['geometry'] | PlaceFeature['geometry']): LatLng {
  if (geometry.type === 'Point') return [geometry.coordinates[1], geometry.coordinates[0]];
  const coords = unwrapLongitudes(geometry.coordinates);
  const lengths = coords.slice(1).map((p, i) => Math.hypot(p[0] - coords[i]![0], p[1] - coords[i]![1]));
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i] as number;
    const [a, b] = [coords[i] as Position, coords[i + 1] as Position];
    if (remaining <= length && length > 0) {
      const t = remaining / length;
      return [a[1]! + (b[1]! - a[1]!) * t, a[0]! + (b[0]! - a[0]!) * t];
    }
    remaining -= length;
  }
  const first = coords[0] ?? [0, 0];
  return [first[1], first[0]];
}

/** Even-odd point in polygon over all rings of a polygon (holes included). */
export function pointInRings(lon: number, lat: number, rings: readonly (readonly Position[])[]): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

export interface HitShape {
  bbox: readonly [number, number, number, number];
  polygons: readonly (readonly (readonly Position[])[])[];
}

/** The shape under a map click, or null over water. Bounding boxes skip most shapes cheaply. */
export function shapeAt<T extends HitShape>(lon: number, lat: number, shapes: readonly T[]): T | null {
  for (const shape of shapes) {
    const [w, s, e, n] = shape.bbox;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (shape.polygons.some((rings) => pointInRings(lon, lat, rings))) return shape;
  }
  return null;
}

export function bboxOf(polygons: HitShape['polygons']): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons)
    for (const [lon, lat] of rings[0] ?? []) {
      w = Math.min(w, lon as number);
      e = Math.max(e, lon as number);
      s = Math.min(s, lat as number);
      n = Math.max(n, lat as number);
    }
  return [w, s, e, n];
}
