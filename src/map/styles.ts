import type { CircleMarkerOptions, PathOptions } from 'leaflet';
import type { PlaceProps, Precision, ProjectProps } from '../data/schema';
import { KIND_COLOURS, MAP_COLOURS, type ProjectStatus } from './palette';

// Style functions: a feature and how it is shown (selected, matched only through a group) →
// Leaflet path options. Pure, so the legend draws its swatches from them and tests pin them down.
// How a mark looks says how much is known:
//  - status: planned is dashed, under construction dotted, operational solid;
//  - precision: an exact route or site is crisp on a white casing; an approximate one sits in a
//    wide translucent band or halo (somewhere in here); a country-level one is a diamond at the
//    country, never a pin, because the articles do not say where it is.

export interface DrawState {
  selected: boolean;
  /** Shown only because a group it names (Central Asia, the EU) has a selected member. */
  regional: boolean;
}
export const PLAIN: DrawState = { selected: false, regional: false };

export type MarkerShape = 'circle' | 'diamond';
export interface PointStyle {
  shape: MarkerShape;
  marker: CircleMarkerOptions & { radius: number };
  /** Drawn under the marker for approximate locations; null when the location is exact. */
  halo: (CircleMarkerOptions & { radius: number }) | null;
}
export interface LineStyle {
  /** Under the line: a thin white casing when exact, a wide translucent band when approximate. */
  casing: PathOptions;
  line: PathOptions;
}

export const STATUS_DASH: Record<ProjectStatus, string | null> = {
  planned: '9 6',
  'under construction': '1 7',
  operational: null,
};

const dash = (value: string | null): Pick<PathOptions, 'dashArray'> => (value ? { dashArray: value } : {});
const fade = (state: DrawState) => (state.regional ? 0.55 : 1);

export function projectLineStyle(
  p: Pick<ProjectProps, 'kind' | 'status' | 'precision'>,
  state: DrawState,
): LineStyle {
  const colour = KIND_COLOURS[p.kind];
  const exact = p.precision === 'exact';
  const weight = state.selected ? 6 : 3.5;
  return {
    casing: exact
      ? { color: MAP_COLOURS.white, weight: weight + 4, opacity: 0.9 * fade(state), lineCap: 'round' }
      : {
          color: colour.fill,
          weight: weight + 14,
          opacity: 0.24 * fade(state),
          lineCap: 'round',
          lineJoin: 'round',
        },
    line: {
      color: state.selected ? MAP_COLOURS.placeInk : colour.ink,
      weight,
      opacity: fade(state),
      lineCap: p.status === 'under construction' ? 'round' : 'butt',
      lineJoin: 'round',
      ...dash(STATUS_DASH[p.status]),
    },
  };
}

/** Points: the fill says the status (hollow planned, half-tone under construction, solid operational). */
const STATUS_FILL: Record<ProjectStatus, (fill: string) => { fillColor: string; fillOpacity: number }> = {
  planned: () => ({ fillColor: MAP_COLOURS.white, fillOpacity: 1 }),
  'under construction': (fill) => ({ fillColor: fill, fillOpacity: 0.5 }),
  operational: (fill) => ({ fillColor: fill, fillOpacity: 1 }),
};

export function projectPointStyle(
  p: Pick<ProjectProps, 'kind' | 'status' | 'precision'>,
  state: DrawState,
): PointStyle {
  const colour = KIND_COLOURS[p.kind];
  const countryLevel = p.precision === 'country-level';
  const radius = (countryLevel ? 9 : 7) + (state.selected ? 2 : 0);
  const { fillColor, fillOpacity } = STATUS_FILL[p.status](colour.fill);
  const marker = {
    radius,
    color: state.selected ? MAP_COLOURS.placeInk : colour.ink,
    weight: state.selected ? 3 : 2,
    opacity: fade(state),
    fillColor,
    fillOpacity: fillOpacity * fade(state),
    ...dash(p.status === 'planned' ? '3 2' : null),
  };
  return {
    shape: countryLevel ? 'diamond' : 'circle',
    marker,
    halo: pointHalo(p.precision, colour.fill, state),
  };
}

function pointHalo(precision: Precision, fill: string, state: DrawState): PointStyle['halo'] {
  if (precision !== 'approximate') return null;
  return {
    radius: 17,
    stroke: true,
    color: fill,
    weight: 1.5,
    opacity: 0.8 * fade(state),
    dashArray: '2 3',
    fillColor: fill,
    fillOpacity: 0.2 * fade(state),
  };
}

const PLACE_MARKERS: Record<PlaceProps['kind'], { radius: number; fill: string; ink: string }> = {
  capital: { radius: 5, fill: MAP_COLOURS.placeInk, ink: MAP_COLOURS.white },
  city: { radius: 4, fill: '#5b6470', ink: MAP_COLOURS.white },
  'border-crossing': { radius: 5, fill: MAP_COLOURS.white, ink: MAP_COLOURS.placeInk },
  'gas-field': { radius: 4.5, fill: '#6b6b6b', ink: MAP_COLOURS.white },
  sea: { radius: 3.5, fill: MAP_COLOURS.white, ink: MAP_COLOURS.seaInk },
  region: { radius: 3.5, fill: MAP_COLOURS.white, ink: MAP_COLOURS.regionInk },
  mountains: { radius: 3.5, fill: MAP_COLOURS.white, ink: MAP_COLOURS.regionInk },
};

export function placeStyle(p: Pick<PlaceProps, 'kind' | 'precision'>, state: DrawState): PointStyle {
  const m = PLACE_MARKERS[p.kind];
  const marker = {
    radius: m.radius + (state.selected ? 2 : 0),
    color: state.selected ? MAP_COLOURS.selected : m.ink,
    weight: state.selected ? 3 : 1.5,
    opacity: fade(state),
    fillColor: m.fill,
    fillOpacity: fade(state),
  };
  const halo = pointHalo(p.precision, '#8a8478', state);
  return { shape: 'circle', marker, halo: halo && { ...halo, radius: 12 } };
}

/** The conflict layer: a heavy vermilion ring around a place the articles report under attack. */
export function conflictStyle(state: DrawState): CircleMarkerOptions & { radius: number } {
  return {
    radius: state.selected ? 14 : 12,
    color: MAP_COLOURS.conflict,
    weight: state.selected ? 4 : 3,
    opacity: fade(state),
    fillColor: MAP_COLOURS.conflict,
    fillOpacity: 0.16 * fade(state),
  };
}
