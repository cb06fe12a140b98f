import type { PathOptions } from 'leaflet';
import {
  PLACE_CLASSES,
  PLACE_KINDS,
  PRECISIONS,
  PROJECT_CLASSES,
  PROJECT_KINDS,
  STATUSES,
} from '../model/classes';
import {
  conflictStyle,
  type DrawState,
  type MarkerShape,
  placeStyle,
  projectLineStyle,
  projectPointStyle,
} from '../styles';

// The styles of styles.ts, resolved once per style class and state into what a canvas needs,
// with Leaflet's defaults filled in, so the canvas draws exactly what Leaflet's paths drew.

export interface Paint {
  fill: boolean;
  fillColor: string;
  fillOpacity: number;
  stroke: boolean;
  color: string;
  weight: number;
  opacity: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  dash: number[];
}
export interface Mark extends Paint {
  /** Drawn radius (Leaflet rounds it) and the radius a click hits. */
  radius: number;
  hitRadius: number;
}
export interface PointPaint {
  shape: MarkerShape;
  marker: Mark;
  halo: Mark | null;
}
export interface LinePaint {
  casing: Paint;
  line: Paint;
}

export function paintOf(o: PathOptions, fillByDefault: boolean): Paint {
  const color = o.color ?? '#3388ff';
  return {
    fill: o.fill ?? fillByDefault,
    fillColor: o.fillColor ?? color,
    fillOpacity: o.fillOpacity ?? 0.2,
    stroke: o.stroke ?? true,
    color,
    weight: o.weight ?? 3,
    opacity: o.opacity ?? 1,
    lineCap: (o.lineCap ?? 'round') as CanvasLineCap,
    lineJoin: (o.lineJoin ?? 'round') as CanvasLineJoin,
    dash: o.dashArray ? String(o.dashArray).split(/[, ]+/).map(Number) : [],
  };
}

export function markOf(o: PathOptions & { radius: number }): Mark {
  const paint = paintOf(o, true);
  const radius = Math.max(Math.round(o.radius), 1);
  return { ...paint, radius, hitRadius: o.radius + (paint.stroke ? paint.weight / 2 : 0) };
}

/** 0 plain, 1 regional, 2 selected, 3 selected and regional. */
export type Variant = 0 | 1 | 2 | 3;
export const variantOf = (regional: boolean, selected: boolean): Variant =>
  ((selected ? 2 : 0) + (regional ? 1 : 0)) as Variant;
const stateOf = (v: Variant): DrawState => ({ selected: v >= 2, regional: v % 2 === 1 });

function cached<T>(size: number, make: (cls: number, v: Variant) => T): (cls: number, v: Variant) => T {
  const table: (T | undefined)[] = new Array(size * 4);
  return (cls, v) => {
    const key = cls * 4 + v;
    const hit = table[key];
    if (hit !== undefined) return hit;
    const made = make(cls, v);
    table[key] = made;
    return made;
  };
}

const projectProps = (cls: number) => ({
  kind: PROJECT_KINDS[Math.floor(cls / 9)] ?? 'railway',
  status: STATUSES[Math.floor(cls / 3) % 3] ?? 'planned',
  precision: PRECISIONS[cls % 3] ?? 'exact',
});
const placeProps = (cls: number) => ({
  kind: PLACE_KINDS[Math.floor(cls / 3)] ?? 'city',
  precision: PRECISIONS[cls % 3] ?? 'exact',
});

export const routePaint = cached<LinePaint>(PROJECT_CLASSES, (cls, v) => {
  const s = projectLineStyle(projectProps(cls), stateOf(v));
  return { casing: paintOf(s.casing, false), line: paintOf(s.line, false) };
});

/**
 * A route's line when the view is crowded (see draw.ts, DENSE_ROUTES): solid, with no casing
 * under it. Dashes cost the most to rasterize, and thousands of casings only blur into a band.
 */
export const denseRoutePaint = cached<Paint>(PROJECT_CLASSES, (cls, v) => ({
  ...routePaint(cls, v).line,
  dash: [],
  lineCap: 'butt',
}));

export const sitePaint = cached<PointPaint>(PROJECT_CLASSES, (cls, v) => {
  const s = projectPointStyle(projectProps(cls), stateOf(v));
  return { shape: s.shape, marker: markOf(s.marker), halo: s.halo && markOf(s.halo) };
});

export const placePaint = cached<PointPaint>(PLACE_CLASSES, (cls, v) => {
  const s = placeStyle(placeProps(cls), stateOf(v));
  return { shape: s.shape, marker: markOf(s.marker), halo: s.halo && markOf(s.halo) };
});

export const attackPaint = cached<Mark>(1, (_, v) => markOf(conflictStyle(stateOf(v))));
