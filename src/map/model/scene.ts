import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import { unwrapLongitudes } from '../unwrap';
import { PLACE_STYLES, PROJECT_STYLES, placeClass, projectClass, type StyleClasses } from './classes';

// The drawable scene, built once per data set: every route, site and place in typed arrays of
// degrees, with its style class, and its items grouped by style class so each class is stroked in
// one path. Filters and selection never rebuild it. It stays free of Leaflet (the project list
// reads the view model before the map's chunk loads); the canvas projects it once with Leaflet's
// own Web Mercator (canvas/world.ts).

/** Items of one set ordered by style class: class c holds order[start[c]] … order[start[c+1]-1]. */
export interface Grouped {
  order: Uint32Array;
  start: Uint32Array;
  /** The classes in the order they are drawn, bottom to top (classes.ts). */
  drawOrder: readonly number[];
}

/** What every set has: ids, style classes, and items grouped by class. */
export interface Classed {
  ids: string[];
  /** Item i's position in the source records it was built from. */
  source: Uint32Array;
  cls: Uint8Array;
  groups: Grouped;
}

export interface PointSet extends Classed {
  lon: Float64Array;
  lat: Float64Array;
}

export interface LineSet extends Classed {
  /** Vertices of line i are first[i] … first[i+1]-1 of lon, lat. */
  first: Uint32Array;
  lon: Float64Array;
  lat: Float64Array;
}

export interface Scene {
  routes: LineSet;
  sites: PointSet;
  places: PointSet & { attacked: Uint8Array; attacks: Grouped };
  /** The data the scene was built from; place i is places.ids[i]. */
  source: { projects: readonly ProjectFeature[]; places: readonly PlaceFeature[] };
  /** Per source project: its route index r, or −(s + 1) for site s. */
  projectSlot: Int32Array;
  /** Source position by id. */
  index: { projects: Map<string, number>; places: Map<string, number> };
}

export function groupByClass(cls: Uint8Array, classes: number, drawOrder: readonly number[]): Grouped {
  const start = new Uint32Array(classes + 1);
  for (const c of cls) (start[c + 1] as number)++;
  for (let c = 0; c < classes; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const next = start.slice(0, classes);
  const order = new Uint32Array(cls.length);
  cls.forEach((c, i) => {
    order[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  });
  return { order, start, drawOrder };
}

function classed(items: readonly { id: string; cls: number; at: number }[], styles: StyleClasses): Classed {
  const cls = Uint8Array.from(items, (p) => p.cls);
  const source = Uint32Array.from(items, (p) => p.at);
  return {
    ids: items.map((p) => p.id),
    source,
    cls,
    groups: groupByClass(cls, styles.count, styles.drawOrder),
  };
}

function pointSet(
  items: readonly { id: string; lon: number; lat: number; cls: number; at: number }[],
  styles: StyleClasses,
): PointSet {
  return {
    ...classed(items, styles),
    lon: Float64Array.from(items, (p) => p.lon),
    lat: Float64Array.from(items, (p) => p.lat),
  };
}

function lineSet(routes: readonly { f: ProjectFeature; at: number }[]): LineSet {
  const first = new Uint32Array(routes.length + 1);
  routes.forEach(({ f }, i) => {
    first[i + 1] =
      (first[i] as number) + (f.geometry.type === 'LineString' ? f.geometry.coordinates.length : 0);
  });
  const total = first[routes.length] as number;
  const lons = new Float64Array(total);
  const lats = new Float64Array(total);
  routes.forEach(({ f }, i) => {
    // Across the antimeridian the route goes the short way, as the basemap's shapes do.
    const coords = f.geometry.type === 'LineString' ? unwrapLongitudes(f.geometry.coordinates) : [];
    coords.forEach(([lon, lat], k) => {
      lons[(first[i] as number) + k] = lon;
      lats[(first[i] as number) + k] = lat;
    });
  });
  const base = classed(
    routes.map(({ f: { properties: p }, at }) => ({
      id: p.id,
      cls: projectClass(p.kind, p.status, p.precision),
      at,
    })),
    PROJECT_STYLES,
  );
  return { ...base, first, lon: lons, lat: lats };
}

const indexOf = (features: readonly { properties: { id: string } }[]) =>
  new Map(features.map((f, i) => [f.properties.id, i]));

export function buildScene(projects: readonly ProjectFeature[], places: readonly PlaceFeature[]): Scene {
  const routes = lineSet(projects.flatMap((f, at) => (f.geometry.type === 'LineString' ? [{ f, at }] : [])));
  const sites = pointSet(
    projects.flatMap((f, at) => {
      const p = f.properties;
      if (f.geometry.type !== 'Point') return [];
      const [lon, lat] = f.geometry.coordinates;
      return [{ id: p.id, lon, lat, cls: projectClass(p.kind, p.status, p.precision), at }];
    }),
    PROJECT_STYLES,
  );
  const placeSet = pointSet(
    places.map((f, at) => {
      const [lon, lat] = f.geometry.coordinates;
      return {
        id: f.properties.id,
        lon,
        lat,
        cls: placeClass(f.properties.kind, f.properties.precision),
        at,
      };
    }),
    PLACE_STYLES,
  );
  const attacked = Uint8Array.from(places, (f) => (f.properties.attack === null ? 0 : 1));
  const order = Uint32Array.from(places.flatMap((f, i) => (f.properties.attack === null ? [] : [i])));
  const attacks = { order, start: Uint32Array.of(0, order.length), drawOrder: [0] };
  const projectSlot = new Int32Array(projects.length);
  let [r, s] = [0, 0];
  projects.forEach((f, i) => {
    projectSlot[i] = f.geometry.type === 'LineString' ? r++ : -(s++ + 1);
  });
  return {
    routes,
    sites,
    places: { ...placeSet, attacked, attacks },
    source: { projects, places },
    projectSlot,
    index: { projects: indexOf(projects), places: indexOf(places) },
  };
}

export type SetName = 'routes' | 'sites' | 'places';
export interface ItemRef {
  set: SetName;
  index: number;
}

/** Which item of the scene a record reference names, if the scene draws it. */
export function itemOf(scene: Scene, ref: { kind: string; id: string } | null): ItemRef | null {
  if (ref?.kind === 'place') {
    const index = scene.index.places.get(ref.id);
    return index === undefined ? null : { set: 'places', index };
  }
  if (ref?.kind !== 'project') return null;
  const position = scene.index.projects.get(ref.id);
  if (position === undefined) return null;
  const slot = scene.projectSlot[position] as number;
  return slot >= 0 ? { set: 'routes', index: slot } : { set: 'sites', index: -slot - 1 };
}
