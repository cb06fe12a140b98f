import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import type { RecordRef } from '../../state/selectionSlice';
import type { Matched } from '../../state/selectors';
import type { Scene } from './scene';

// What the filter, the selection and the layer switches make of the scene: one flag per item
// (hidden, shown, shown faded as a regional match) and the country-level ring offsets. Rebuilt on
// every change in a few passes over flat arrays; the scene's geometry is never touched.

export const HIDDEN = 0;
export const SHOWN = 1;
export const REGIONAL = 2;

export type SetName = 'routes' | 'sites' | 'places';
export interface ItemRef {
  set: SetName;
  index: number;
}
export interface LayerFlags {
  projects: boolean;
  places: boolean;
  conflict: boolean;
}

export interface SceneState {
  routes: Uint8Array;
  sites: Uint8Array;
  places: Uint8Array;
  /** Screen-pixel offsets of sites (country-level rings). */
  dx: Float32Array;
  dy: Float32Array;
  selected: ItemRef | null;
  layers: LayerFlags;
}

export interface StateInput {
  projects: readonly Matched<ProjectFeature>[];
  places: readonly Matched<PlaceFeature>[];
  offsets: ReadonlyMap<string, readonly [number, number]>;
  selection: RecordRef | null;
  layers: LayerFlags;
}

/** Which item of the scene a record reference names, if the scene draws it. */
export function itemOf(scene: Scene, ref: RecordRef | null): ItemRef | null {
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

/**
 * Calls `visit` with the source position of each matched record. The filter keeps records in
 * data order, so one forward walk finds them all without hashing 100 000 ids; should the order
 * ever differ, the rest are looked up by id.
 */
function eachPosition<T extends { properties: { id: string } }>(
  all: readonly T[],
  matched: readonly Matched<T>[],
  byId: (id: string) => number | undefined,
  visit: (position: number, flag: number) => void,
): void {
  let j = 0;
  let walking = true;
  for (const { record, match } of matched) {
    const flag = match === 'regional' ? REGIONAL : SHOWN;
    if (walking) {
      while (j < all.length && all[j] !== record) j++;
      if (j < all.length) {
        visit(j++, flag);
        continue;
      }
      walking = false;
    }
    const position = byId(record.properties.id);
    if (position !== undefined) visit(position, flag);
  }
}

export function sceneState(scene: Scene, input: StateInput): SceneState {
  const routes = new Uint8Array(scene.routes.ids.length);
  const sites = new Uint8Array(scene.sites.ids.length);
  const places = new Uint8Array(scene.places.ids.length);
  const dx = new Float32Array(sites.length);
  const dy = new Float32Array(sites.length);
  const { projects: allProjects, places: allPlaces } = scene.source;
  const byId = (index: Map<string, number>) => (id: string) => index.get(id);
  eachPosition(allProjects, input.projects, byId(scene.index.projects), (position, flag) => {
    const slot = scene.projectSlot[position] as number;
    if (slot >= 0) {
      routes[slot] = flag;
      return;
    }
    const site = -slot - 1;
    sites[site] = flag;
    const offset = input.offsets.get(scene.sites.ids[site] as string);
    if (offset) [dx[site], dy[site]] = offset;
  });
  eachPosition(allPlaces, input.places, byId(scene.index.places), (position, flag) => {
    places[position] = flag;
  });
  return { routes, sites, places, dx, dy, selected: itemOf(scene, input.selection), layers: input.layers };
}
