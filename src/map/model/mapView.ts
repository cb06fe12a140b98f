import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import type { RecordRef } from '../../state/selectionSlice';
import type { Matched } from '../../state/selectors';
import { ringOffsets } from '../ringOffsets';
import { type ItemRef, itemOf, type Scene } from './scene';

// The map's view model: what the filter, the selection and the layer switches make of the scene
// (built once per data set). One flag byte per item says whether the filter keeps it, whether it
// is dimmed (kept only through a group) and whether it shows on the map; beside them the
// country-level ring offsets, the label set, the selected item and the popup's target. The
// canvas, the labels, the popup and the project list all read this; none works visibility out
// again. Built in two steps, so a selection change reuses everything the filter and the layers
// decided (flags, offsets, labels) and only finds the selected item and its popup. The scene's
// geometry is never touched.

/** The filter keeps the item. */
export const MATCHED = 1;
/** Kept only because a group it names has a selected member: drawn faded. */
export const DIMMED = 2;
/** Kept, and its layer is on: the map shows it. */
export const VISIBLE = 4;

export interface LayerFlags {
  projects: boolean;
  places: boolean;
  conflict: boolean;
}

export interface LabelSet {
  /** Places to name, in data order; an attacked one (conflict layer on) also gets its date. */
  places: { record: PlaceFeature; attacked: boolean }[];
  /** Sites on the map, where they are drawn: no label may cover one. */
  sites: { record: ProjectFeature; dx: number; dy: number }[];
}

export interface PopupTarget {
  kind: 'project' | 'place';
  feature: ProjectFeature | PlaceFeature;
  /** Screen offset of the marker from its position (country-level rings). */
  dx: number;
  dy: number;
  /** A place drawn inside its attack ring (conflict layer on): the popup clears the ring. */
  asAttack: boolean;
}

/** What the filter and the layers make of the scene. */
export interface FilterView {
  scene: Scene;
  routes: Uint8Array;
  sites: Uint8Array;
  places: Uint8Array;
  /** Screen-pixel offsets of sites (country-level rings), by site index and by project id. */
  dx: Float32Array;
  dy: Float32Array;
  offsets: ReadonlyMap<string, readonly [number, number]>;
  layers: LayerFlags;
  /** The records the filter keeps, in data order: the project list's rows. */
  matchedProjects: readonly Matched<ProjectFeature>[];
  matchedPlaces: readonly Matched<PlaceFeature>[];
  labels: LabelSet;
}

/** The filter view with the selection: what every map component reads. */
export interface MapView extends FilterView {
  selected: ItemRef | null;
  popup: PopupTarget | null;
}

export interface FilterInput {
  projects: readonly Matched<ProjectFeature>[];
  places: readonly Matched<PlaceFeature>[];
  layers: LayerFlags;
}

/**
 * The source position of each matched record. The filter keeps records in data order, so one
 * forward walk finds them all without hashing 100 000 ids; should the order ever differ, the rest
 * are looked up by id (−1: not in the scene). Loops, not callbacks: the first load runs this over
 * every project before the engine has optimised anything.
 */
function positionsIn<T extends { properties: { id: string } }>(
  all: readonly T[],
  matched: readonly Matched<T>[],
  byId: ReadonlyMap<string, number>,
): Int32Array {
  const positions = new Int32Array(matched.length);
  let j = 0;
  let walking = true;
  for (let i = 0; i < matched.length; i++) {
    const record = (matched[i] as Matched<T>).record;
    if (walking) {
      while (j < all.length && all[j] !== record) j++;
      if (j < all.length) {
        positions[i] = j++;
        continue;
      }
      walking = false;
    }
    positions[i] = byId.get(record.properties.id) ?? -1;
  }
  return positions;
}

const flagOf = (m: Matched<unknown>) => (m.match === 'regional' ? MATCHED | DIMMED : MATCHED);

/** Country-level sites sharing an anchor, spread in a ring (among the projects the filter keeps). */
function countryLevelOffsets(projects: readonly Matched<ProjectFeature>[]): Map<string, [number, number]> {
  const items: { id: string; lon: number; lat: number }[] = [];
  for (let i = 0; i < projects.length; i++) {
    const { geometry, properties } = (projects[i] as Matched<ProjectFeature>).record;
    if (properties.precision === 'country-level' && geometry.type === 'Point')
      items.push({ id: properties.id, lon: geometry.coordinates[0], lat: geometry.coordinates[1] });
  }
  return ringOffsets(items);
}

const isAttacked = (scene: Scene, place: number) => scene.places.attacked[place] === 1;

function labelSet(scene: Scene, view: Omit<FilterView, 'labels'>): LabelSet {
  const { source } = scene;
  const places: LabelSet['places'] = [];
  for (let i = 0; i < view.places.length; i++) {
    const record = source.places[i];
    if (record && (view.places[i] as number) & VISIBLE)
      places.push({ record, attacked: view.layers.conflict && isAttacked(scene, i) });
  }
  const sites: LabelSet['sites'] = [];
  for (let i = 0; i < view.sites.length; i++) {
    const record = source.projects[scene.sites.source[i] as number];
    if (record && (view.sites[i] as number) & VISIBLE)
      sites.push({ record, dx: view.dx[i] ?? 0, dy: view.dy[i] ?? 0 });
  }
  return { places, sites };
}

function popupTarget(view: FilterView, sel: ItemRef | null): PopupTarget | null {
  const { scene } = view;
  if (!sel || !((view[sel.set][sel.index] ?? 0) & VISIBLE)) return null;
  if (sel.set === 'places') {
    const feature = scene.source.places[sel.index];
    const asAttack = view.layers.conflict && isAttacked(scene, sel.index);
    return feature ? { kind: 'place', feature, dx: 0, dy: 0, asAttack } : null;
  }
  const position = sel.set === 'routes' ? scene.routes.source[sel.index] : scene.sites.source[sel.index];
  const feature = scene.source.projects[position ?? -1];
  const [dx, dy] = sel.set === 'sites' ? [view.dx[sel.index] ?? 0, view.dy[sel.index] ?? 0] : [0, 0];
  return feature ? { kind: 'project', feature, dx, dy, asAttack: false } : null;
}

export function buildFilterView(scene: Scene, input: FilterInput): FilterView {
  const routes = new Uint8Array(scene.routes.ids.length);
  const sites = new Uint8Array(scene.sites.ids.length);
  const places = new Uint8Array(scene.places.ids.length);
  const dx = new Float32Array(sites.length);
  const dy = new Float32Array(sites.length);
  const { layers } = input;
  const offsets = countryLevelOffsets(input.projects);
  const projectsShown = layers.projects ? VISIBLE : 0;
  const projectAt = positionsIn(scene.source.projects, input.projects, scene.index.projects);
  for (let i = 0; i < projectAt.length; i++) {
    const position = projectAt[i] as number;
    if (position < 0) continue;
    const flag = flagOf(input.projects[i] as Matched<ProjectFeature>) | projectsShown;
    const slot = scene.projectSlot[position] as number;
    if (slot >= 0) {
      routes[slot] = flag;
      continue;
    }
    const site = -slot - 1;
    sites[site] = flag;
    const offset = offsets.get(scene.sites.ids[site] as string);
    if (offset) {
      dx[site] = offset[0];
      dy[site] = offset[1];
    }
  }
  const placeAt = positionsIn(scene.source.places, input.places, scene.index.places);
  for (let i = 0; i < placeAt.length; i++) {
    const position = placeAt[i] as number;
    if (position < 0) continue;
    const shown = layers.places || (layers.conflict && isAttacked(scene, position));
    places[position] = flagOf(input.places[i] as Matched<PlaceFeature>) | (shown ? VISIBLE : 0);
  }
  const view = {
    ...{ scene, routes, sites, places, dx, dy, offsets, layers },
    matchedProjects: input.projects,
    matchedPlaces: input.places,
  };
  return { ...view, labels: labelSet(scene, view) };
}

/** The filter view with the selected record found in the scene, and its popup if the map shows it. */
export function buildMapView(filtered: FilterView, selection: RecordRef | null): MapView {
  const selected = itemOf(filtered.scene, selection);
  return { ...filtered, selected, popup: popupTarget(filtered, selected) };
}

/** How a kept item is drawn: −1 not at all (filtered out), 0 plain, 1 dimmed. */
export const shownAs = (flag: number | undefined): -1 | 0 | 1 =>
  flag === undefined || (flag & MATCHED) === 0 ? -1 : flag & DIMMED ? 1 : 0;
