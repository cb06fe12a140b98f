import type { ProjectFeature } from '../data/schema';
import type { MapBounds } from '../state/mapBoundsSlice';
import type { Matched } from '../state/selectors';

// Which of the list's projects the map's view shows: a site inside the view, or a route whose box
// meets it. Pure; a route's box is measured once.

type Box = readonly [number, number, number, number];
const boxes = new WeakMap<ProjectFeature, Box>();

/** A route's box, measured once; a site is its own box and is never stored. */
function routeBox(feature: ProjectFeature & { geometry: { type: 'LineString' } }): Box {
  let box = boxes.get(feature);
  if (box === undefined) {
    const points = feature.geometry.coordinates;
    let w = 180;
    let s = 90;
    let e = -180;
    let n = -90;
    // An index loop, no destructuring: it measures every route on the first load.
    for (let i = 0; i < points.length; i++) {
      const point = points[i] as readonly number[];
      const x = point[0] as number;
      const y = point[1] as number;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
    box = [w, s, e, n];
    boxes.set(feature, box);
  }
  return box;
}

/** True when the box [w, s, e, n] meets the view; a view Leaflet reports past ±180° is unwrapped. */
function boxInView(
  w: number,
  s: number,
  e: number,
  n: number,
  [west, south, east, north]: MapBounds,
): boolean {
  if (n < south || s > north) return false;
  if (east - west >= 360) return true;
  // Written out, not a loop over the shifts: it runs for each of 100,000 projects after every move.
  return (
    (e >= west && w <= east) || (e - 360 >= west && w - 360 <= east) || (e + 360 >= west && w + 360 <= east)
  );
}

/** True when the feature (a site, or a route's box) meets the view. */
export function inView(feature: ProjectFeature, bounds: MapBounds): boolean {
  const g = feature.geometry;
  if (g.type === 'Point') {
    const [x, y] = g.coordinates;
    return boxInView(x, y, x, y, bounds);
  }
  const [w, s, e, n] = routeBox(feature as ProjectFeature & { geometry: typeof g });
  return boxInView(w, s, e, n, bounds);
}

/** The projects in view, in their order; the selected one is kept wherever it is. */
export function projectsInView(
  matched: readonly Matched<ProjectFeature>[],
  bounds: MapBounds | null,
  selectedId: string | null,
): readonly Matched<ProjectFeature>[] {
  if (bounds === null) return matched;
  return matched.filter((m) => m.record.properties.id === selectedId || inView(m.record, bounds));
}
