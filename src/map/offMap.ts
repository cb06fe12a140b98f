import type { Country, PlaceFeature, ProjectFeature } from '../data/schema';
import { compareNames } from '../lib/textOrder';
import { positionsOf } from './bounds';
import { clipSegment } from './canvas/trace';
import { FRAME, type Frame, inFrame } from './frame';

/** True when some part of the feature (a point, or a segment of a route) lies inside the frame. */
function meetsFrame(feature: ProjectFeature | PlaceFeature, frame: Frame): boolean {
  const positions = positionsOf(feature);
  if (positions.some(([lon, lat]) => inFrame(lon as number, lat as number, frame))) return true;
  // A route may cross the frame with every vertex outside it.
  const box = [frame.west, frame.south, frame.east, frame.north] as const;
  for (let k = 1; k < positions.length; k++) {
    const [ax = 0, ay = 0] = positions[k - 1] as readonly number[];
    const [bx = 0, by = 0] = positions[k] as readonly number[];
    if (clipSegment(ax, ay, bx, by, box)) return true;
  }
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
