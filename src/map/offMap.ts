import type { Country, PlaceFeature, ProjectFeature } from '../data/schema';
import { compareNames } from '../lib/textOrder';
import { positionsOf } from './bounds';
import { FRAME, type Frame, inFrame } from './frame';

/** Features with no position inside the frame: the map cannot draw them, so it names them. */
export function offMapFeatures<T extends ProjectFeature | PlaceFeature>(
  features: readonly T[],
  frame: Frame = FRAME,
): T[] {
  return features.filter(
    (f) => !positionsOf(f).some(([lon, lat]) => inFrame(lon as number, lat as number, frame)),
  );
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
