import L from 'leaflet';
import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import type { RecordRef } from '../../state/selectionSlice';
import type { Matched } from '../../state/selectors';
import { conflictStyle, type DrawState, placeStyle, projectLineStyle, projectPointStyle } from '../styles';
import type { SyncItem } from './featureSync';
import type { Renderers } from './panes';
import { ShapeMarker } from './ShapeMarker';

// Builders for the sync: how one project, place or attack becomes Leaflet layers, and how those
// layers take a new style. The last layer of each item is the clickable one.

const refs = new WeakMap<L.Layer, RecordRef>();
/** Which record a clicked layer draws. */
export const refOfLayer = (layer: L.Layer): RecordRef | undefined => refs.get(layer);

const clickable = { interactive: true, bubblingMouseEvents: false } as const;
const inert = { interactive: false } as const;
const latLngsOf = (coords: readonly (readonly number[])[]): L.LatLngTuple[] =>
  coords.map(([lon, lat]) => [lat as number, lon as number]);

const keyOf = (state: DrawState, offset: readonly [number, number] = [0, 0]) =>
  `${state.selected ? 's' : ''}${state.regional ? 'r' : ''}${offset[0]},${offset[1]}`;

const asMarker = (layer: L.Layer | undefined) => layer as ShapeMarker;

export function projectItem(
  m: Matched<ProjectFeature>,
  state: DrawState,
  offset: [number, number] | undefined,
  renderers: Renderers,
): SyncItem<ProjectFeature> {
  const f = m.record;
  const p = f.properties;
  const ref: RecordRef = { kind: 'project', id: p.id };
  if (f.geometry.type === 'LineString') {
    const coords = latLngsOf(f.geometry.coordinates);
    return {
      id: p.id,
      record: f,
      styleKey: keyOf(state),
      create: () => {
        const style = projectLineStyle(p, state);
        const casing = L.polyline(coords, { ...style.casing, ...inert, renderer: renderers.under });
        const line = L.polyline(coords, { ...style.line, ...clickable, renderer: renderers.features });
        refs.set(line, ref);
        return [casing, line];
      },
      restyle: ([casing, line]) => {
        const style = projectLineStyle(p, state);
        (casing as L.Polyline).setStyle(style.casing);
        (line as L.Polyline).setStyle(style.line);
      },
    };
  }
  const [lon, lat] = f.geometry.coordinates;
  const at: L.LatLngTuple = [lat, lon];
  const shift = offset ?? [0, 0];
  return {
    id: p.id,
    record: f,
    styleKey: keyOf(state, shift),
    create: () => {
      const style = projectPointStyle(p, state);
      const layers: L.Layer[] = [];
      if (style.halo)
        layers.push(
          new ShapeMarker(at, { ...style.halo, ...inert, offset: shift, renderer: renderers.under }),
        );
      const marker = new ShapeMarker(at, {
        ...style.marker,
        ...clickable,
        shape: style.shape,
        offset: shift,
        renderer: renderers.features,
      });
      refs.set(marker, ref);
      layers.push(marker);
      return layers;
    },
    restyle: (layers) => {
      const style = projectPointStyle(p, state);
      const marker = asMarker(layers[layers.length - 1]);
      if (style.halo && layers.length > 1) asMarker(layers[0]).setShape('circle', shift).setStyle(style.halo);
      marker.setShape(style.shape, shift).setStyle(style.marker);
    },
  };
}

export function placeItem(
  m: Matched<PlaceFeature>,
  state: DrawState,
  renderers: Renderers,
): SyncItem<PlaceFeature> {
  const f = m.record;
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const at: L.LatLngTuple = [lat, lon];
  return {
    id: p.id,
    record: f,
    styleKey: keyOf(state),
    create: () => {
      const style = placeStyle(p, state);
      const layers: L.Layer[] = [];
      if (style.halo) layers.push(L.circleMarker(at, { ...style.halo, ...inert, renderer: renderers.under }));
      const marker = L.circleMarker(at, { ...style.marker, ...clickable, renderer: renderers.features });
      refs.set(marker, { kind: 'place', id: p.id });
      layers.push(marker);
      return layers;
    },
    restyle: (layers) => {
      const style = placeStyle(p, state);
      if (style.halo && layers.length > 1) (layers[0] as L.CircleMarker).setStyle(style.halo);
      (layers[layers.length - 1] as L.CircleMarker).setStyle(style.marker);
    },
  };
}

/** The conflict layer's ring around an attacked place; clicking it selects the place. */
export function attackItem(
  m: Matched<PlaceFeature>,
  state: DrawState,
  renderers: Renderers,
): SyncItem<PlaceFeature> {
  const f = m.record;
  const [lon, lat] = f.geometry.coordinates;
  return {
    id: f.properties.id,
    record: f,
    styleKey: keyOf(state),
    create: () => {
      const ring = L.circleMarker([lat, lon], {
        ...conflictStyle(state),
        ...clickable,
        renderer: renderers.features,
      });
      refs.set(ring, { kind: 'place', id: f.properties.id });
      return [ring];
    },
    restyle: ([ring]) => {
      (ring as L.CircleMarker).setStyle(conflictStyle(state));
    },
  };
}
