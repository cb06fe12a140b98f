import type { Frame } from '../../src/map/frame';
import { unwrapLongitudes } from '../../src/map/unwrap';

// Planar geometry on longitude/latitude rings, for preparing the basemap. Rings are closed (the
// last position repeats the first), as in GeoJSON.

export type Position = [number, number];
export type Ring = Position[];

/**
 * Makes a ring's longitudes continuous: the world atlas is spherical, so a ring crossing the
 * antimeridian jumps from +179° to −179°. Chukotka thus ends at about 190°E instead of wrapping
 * to −170°. The map unwraps project routes with the same algorithm (src/map/unwrap.ts).
 */
export const unwrapRing = (ring: readonly Position[]): Ring => unwrapLongitudes(ring);

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edges(frame: Frame): Edge[] {
  const atLon =
    (lon: number) =>
    (a: Position, b: Position): Position => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
  const atLat =
    (lat: number) =>
    (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
  return [
    { inside: (p) => p[0] >= frame.west, cross: atLon(frame.west) },
    { inside: (p) => p[0] <= frame.east, cross: atLon(frame.east) },
    { inside: (p) => p[1] >= frame.south, cross: atLat(frame.south) },
    { inside: (p) => p[1] <= frame.north, cross: atLat(frame.north) },
  ];
}

/** Signed planar area in square degrees (positive when counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/**
 * Clips a closed ring to the frame (Sutherland–Hodgman). A concave ring cut by the frame keeps
 * zero-width runs along the frame's edge; they fill nothing and the map never shows the frame's
 * edge. Returns null when nothing with area is left.
 */
export function clipRing(ring: readonly Position[], frame: Frame): Ring | null {
  let points: Position[] = ring.slice(0, -1);
  for (const edge of edges(frame)) {
    if (points.length === 0) break;
    const next: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i] as Position;
      const previous = points[(i + points.length - 1) % points.length] as Position;
      const curIn = edge.inside(current);
      if (curIn !== edge.inside(previous)) next.push(edge.cross(previous, current));
      if (curIn) next.push(current);
    }
    points = next;
  }
  if (points.length < 3) return null;
  const closed: Ring = [...points, points[0] as Position];
  return Math.abs(ringArea(closed)) > 1e-9 ? closed : null;
}
