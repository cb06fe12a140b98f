import type { Country, PlaceFeature, ProjectFeature } from '../data/schema';
import { compareNames } from '../lib/textOrder';
import { FRAME, type Frame, inFrame } from './frame';
import type { Scene } from './model/scene';

/**
 * True when segment a→b meets the frame (Liang–Barsky). Leaflet's LineUtil.clipSegment does this
 * too, but this module is in the first view's chunk and Leaflet is not: importing it here would
 * load all of Leaflet before the page's first paint.
 */
function segmentMeetsFrame(ax: number, ay: number, bx: number, by: number, frame: Frame): boolean {
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    return true;
  };
  return (
    clip(ax - bx, ax - frame.west) &&
    clip(bx - ax, frame.east - ax) &&
    clip(ay - by, ay - frame.south) &&
    clip(by - ay, frame.north - ay) &&
    t0 <= t1
  );
}

/** True when route r of the scene (its unwrapped vertices) has a vertex or a segment in the frame. */
function routeMeetsFrame({ first, lon, lat }: Scene['routes'], r: number, frame: Frame): boolean {
  const [from, to] = [first[r] as number, first[r + 1] as number];
  for (let k = from; k < to; k++) if (inFrame(lon[k] as number, lat[k] as number, frame)) return true;
  // A route may cross the frame with every vertex outside it.
  for (let k = from + 1; k < to; k++)
    if (
      segmentMeetsFrame(lon[k - 1] as number, lat[k - 1] as number, lon[k] as number, lat[k] as number, frame)
    )
      return true;
  return false;
}

/** Positions in `set` of the points outside the frame, flagged by their source record. */
function flagPointsOff(set: Scene['sites'], off: Uint8Array, frame: Frame): void {
  for (let i = 0; i < set.lon.length; i++)
    if (!inFrame(set.lon[i] as number, set.lat[i] as number, frame)) off[set.source[i] as number] = 1;
}

/**
 * The projects and places no part of which lies inside the frame, in data order: the map cannot
 * draw them, so it names them. Read off the scene, whose routes are already unwrapped.
 */
export function offMapFeatures(
  scene: Scene,
  frame: Frame = FRAME,
): { projects: ProjectFeature[]; places: PlaceFeature[] } {
  const { source, routes, sites, places } = scene;
  const projectsOff = new Uint8Array(source.projects.length);
  for (let r = 0; r < routes.ids.length; r++)
    if (!routeMeetsFrame(routes, r, frame)) projectsOff[routes.source[r] as number] = 1;
  flagPointsOff(sites, projectsOff, frame);
  const placesOff = new Uint8Array(source.places.length);
  flagPointsOff(places, placesOff, frame);
  return {
    projects: source.projects.filter((_, i) => projectsOff[i] === 1),
    places: source.places.filter((_, i) => placesOff[i] === 1),
  };
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
