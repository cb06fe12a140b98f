import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import { unwrapInto } from '../unwrap';
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
  for (let i = 0; i < cls.length; i++) (start[(cls[i] as number) + 1] as number)++;
  for (let c = 0; c < classes; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const next = start.slice(0, classes);
  const order = new Uint32Array(cls.length);
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i] as number;
    order[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }
  return { order, start, drawOrder };
}

/** A set's per-item arrays, filled in place by the scene's one pass over the records. */
function emptySet(count: number, vertices: number) {
  return {
    ids: new Array<string>(count),
    source: new Uint32Array(count),
    cls: new Uint8Array(count),
    lon: new Float64Array(vertices),
    lat: new Float64Array(vertices),
  };
}

const projectClassOf = ({ properties: p }: ProjectFeature) => projectClass(p.kind, p.status, p.precision);

/**
 * Built in index loops straight into typed arrays: it runs once per data set, on the first load,
 * before the engine has optimised anything, where every intermediate object or callback per
 * project costs (at 2,000 projects, a version with them took 50 ms of the corpus's load).
 */
export function buildScene(projects: readonly ProjectFeature[], places: readonly PlaceFeature[]): Scene {
  // Per source project: its route index r, or −(s + 1) for site s.
  const projectSlot = new Int32Array(projects.length);
  let [routeCount, siteCount, vertices] = [0, 0, 0];
  for (let i = 0; i < projects.length; i++) {
    const g = (projects[i] as ProjectFeature).geometry;
    if (g.type === 'LineString') {
      projectSlot[i] = routeCount++;
      vertices += g.coordinates.length;
    } else projectSlot[i] = -++siteCount;
  }
  const routes = emptySet(routeCount, vertices);
  const first = new Uint32Array(routeCount + 1);
  const sites = emptySet(siteCount, siteCount);
  for (let i = 0; i < projects.length; i++) {
    const f = projects[i] as ProjectFeature;
    const slot = projectSlot[i] as number;
    const set = slot >= 0 ? routes : sites;
    const k = slot >= 0 ? slot : -slot - 1;
    // Across the antimeridian a route goes the short way, as the basemap's shapes do.
    if (f.geometry.type === 'LineString')
      first[k + 1] = unwrapInto(f.geometry.coordinates, routes.lon, routes.lat, first[k] as number);
    else {
      sites.lon[k] = f.geometry.coordinates[0];
      sites.lat[k] = f.geometry.coordinates[1];
    }
    set.ids[k] = f.properties.id;
    set.source[k] = i;
    set.cls[k] = projectClassOf(f);
  }
  const placeSet = emptySet(places.length, places.length);
  const attacked = new Uint8Array(places.length);
  const attackOrder: number[] = [];
  for (let i = 0; i < places.length; i++) {
    const { geometry, properties: p } = places[i] as PlaceFeature;
    placeSet.ids[i] = p.id;
    placeSet.source[i] = i;
    placeSet.cls[i] = placeClass(p.kind, p.precision);
    placeSet.lon[i] = geometry.coordinates[0];
    placeSet.lat[i] = geometry.coordinates[1];
    if (p.attack !== null) {
      attacked[i] = 1;
      attackOrder.push(i);
    }
  }
  const grouped = <T extends { cls: Uint8Array }>(set: T, styles: StyleClasses) => ({
    ...set,
    groups: groupByClass(set.cls, styles.count, styles.drawOrder),
  });
  const order = Uint32Array.from(attackOrder);
  return {
    routes: { ...grouped(routes, PROJECT_STYLES), first },
    sites: grouped(sites, PROJECT_STYLES),
    places: {
      ...grouped(placeSet, PLACE_STYLES),
      attacked,
      attacks: { order, start: Uint32Array.of(0, order.length), drawOrder: [0] },
    },
    source: { projects, places },
    projectSlot,
    index: { projects: indexOf(projects), places: indexOf(places) },
  };
}

function indexOf(features: readonly { properties: { id: string } }[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < features.length; i++)
    index.set((features[i] as { properties: { id: string } }).properties.id, i);
  return index;
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
