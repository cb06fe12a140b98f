import type { PlaceProps, Precision, ProjectProps } from '../data/schema';
import { KIND_COLOURS, MAP_COLOURS, type ProjectStatus } from './palette';

// Style functions: a feature and how it is shown (selected, matched only through a group) →
// paint, in a small vocabulary of our own that a 2D canvas and an SVG swatch both read directly.
// Pure, so the legend draws its swatches from them and tests pin them down.
// How a mark looks says how much is known:
//  - status: planned is dashed, under construction dotted, operational solid;
//  - precision: an exact route or site is crisp on a white casing; an approximate one sits in a
//    wide translucent band or halo (somewhere in here); a country-level one is a diamond at the
//    country, never a pin, because the articles do not say where it is.

/** A colour at an opacity. */
export interface Ink {
  colour: string;
  alpha: number;
}
export interface Pen extends Ink {
  width: number;
  /** Dash and gap lengths in pixels; empty for a solid line. */
  dash: readonly number[];
  cap: CanvasLineCap;
  join: CanvasLineJoin;
}
/** What one path is painted with: a fill, then a stroke, either of which may be absent. */
export interface Paint {
  fill: Ink | null;
  stroke: Pen | null;
}
/** A point mark: a paint and its radius in pixels. */
export interface Mark extends Paint {
  radius: number;
}

const pen = (colour: string, width: number, alpha: number, more: Partial<Pen> = {}): Pen => ({
  colour,
  width,
  alpha,
  dash: [],
  cap: 'round',
  join: 'round',
  ...more,
});

/**
 * Level of detail: above this many routes in view the routes are drawn solid and without casings
 * (the legend says so). Zoomed out over thousands of routes, dashes and casings cost most of the
 * raster and cannot be told apart anyway; zooming in brings them back.
 */
export const DENSE_ROUTES = 1000;

export interface DrawState {
  selected: boolean;
  /** Shown only because a group it names (Central Asia, the EU) has a selected member. */
  regional: boolean;
}
export const PLAIN: DrawState = { selected: false, regional: false };

export type MarkerShape = 'circle' | 'diamond';
export interface PointStyle {
  shape: MarkerShape;
  marker: Mark;
  /** Drawn under the marker for approximate locations; null when the location is exact. */
  halo: Mark | null;
}
export interface LineStyle {
  /** Under the line: a thin white casing when exact, a wide translucent band when approximate. */
  casing: Paint;
  line: Paint;
}

export const STATUS_DASH: Record<ProjectStatus, readonly number[]> = {
  planned: [9, 6],
  'under construction': [1, 7],
  operational: [],
};
const fade = (state: DrawState) => (state.regional ? 0.55 : 1);

export function projectLineStyle(
  p: Pick<ProjectProps, 'kind' | 'status' | 'precision'>,
  state: DrawState,
): LineStyle {
  const colour = KIND_COLOURS[p.kind];
  const exact = p.precision === 'exact';
  const weight = state.selected ? 6 : 3.5;
  return {
    casing: {
      fill: null,
      stroke: exact
        ? pen(MAP_COLOURS.white, weight + 4, 0.9 * fade(state))
        : pen(colour.fill, weight + 14, 0.24 * fade(state)),
    },
    line: {
      fill: null,
      stroke: pen(state.selected ? MAP_COLOURS.placeInk : colour.ink, weight, fade(state), {
        cap: p.status === 'under construction' ? 'round' : 'butt',
        dash: STATUS_DASH[p.status],
      }),
    },
  };
}

/** Points: the fill says the status (hollow planned, half-tone under construction, solid operational). */
const STATUS_FILL: Record<ProjectStatus, (fill: string) => Ink> = {
  planned: () => ({ colour: MAP_COLOURS.white, alpha: 1 }),
  'under construction': (fill) => ({ colour: fill, alpha: 0.5 }),
  operational: (fill) => ({ colour: fill, alpha: 1 }),
};

export function projectPointStyle(
  p: Pick<ProjectProps, 'kind' | 'status' | 'precision'>,
  state: DrawState,
): PointStyle {
  const colour = KIND_COLOURS[p.kind];
  const countryLevel = p.precision === 'country-level';
  const radius = (countryLevel ? 9 : 7) + (state.selected ? 2 : 0);
  const fill = STATUS_FILL[p.status](colour.fill);
  const marker = {
    radius,
    fill: { colour: fill.colour, alpha: fill.alpha * fade(state) },
    stroke: pen(state.selected ? MAP_COLOURS.placeInk : colour.ink, state.selected ? 3 : 2, fade(state), {
      dash: p.status === 'planned' ? [3, 2] : [],
    }),
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
    fill: { colour: fill, alpha: 0.2 * fade(state) },
    stroke: pen(fill, 1.5, 0.8 * fade(state), { dash: [2, 3] }),
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
    fill: { colour: m.fill, alpha: fade(state) },
    stroke: pen(state.selected ? MAP_COLOURS.selected : m.ink, state.selected ? 3 : 1.5, fade(state)),
  };
  const halo = pointHalo(p.precision, '#8a8478', state);
  return { shape: 'circle', marker, halo: halo && { ...halo, radius: 12 } };
}

/** The conflict layer: a heavy vermilion ring around a place the articles report under attack. */
export function conflictStyle(state: DrawState): Mark {
  return {
    radius: state.selected ? 14 : 12,
    fill: { colour: MAP_COLOURS.conflict, alpha: 0.16 * fade(state) },
    stroke: pen(MAP_COLOURS.conflict, state.selected ? 4 : 3, fade(state)),
  };
}
