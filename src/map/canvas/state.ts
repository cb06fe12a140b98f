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
  const route = scene.index.routes.get(ref.id);
  if (route !== undefined) return { set: 'routes', index: route };
  const site = scene.index.sites.get(ref.id);
  return site === undefined ? null : { set: 'sites', index: site };
}

export function sceneState(scene: Scene, input: StateInput): SceneState {
  const routes = new Uint8Array(scene.routes.ids.length);
  const sites = new Uint8Array(scene.sites.ids.length);
  const places = new Uint8Array(scene.places.ids.length);
  const dx = new Float32Array(sites.length);
  const dy = new Float32Array(sites.length);
  for (const { record, match } of input.projects) {
    const flag = match === 'regional' ? REGIONAL : SHOWN;
    const id = record.properties.id;
    const route = scene.index.routes.get(id);
    if (route !== undefined) {
      routes[route] = flag;
      continue;
    }
    const site = scene.index.sites.get(id);
    if (site === undefined) continue;
    sites[site] = flag;
    const offset = input.offsets.get(id);
    if (offset) [dx[site], dy[site]] = offset;
  }
  for (const { record, match } of input.places) {
    const place = scene.index.places.get(record.properties.id);
    if (place !== undefined) places[place] = match === 'regional' ? REGIONAL : SHOWN;
  }
  return { routes, sites, places, dx, dy, selected: itemOf(scene, input.selection), layers: input.layers };
}
