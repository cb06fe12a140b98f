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
  type LineStyle,
  type Mark,
  type Paint,
  type PointStyle,
  placeStyle,
  projectLineStyle,
  projectPointStyle,
} from '../styles';

// The styles of styles.ts, looked up once per style class and state: a draw asks for the paint
// of a class thousands of times.

export type { Mark, Paint };

/** 0 plain, 1 regional, 2 selected, 3 selected and regional. */
export type Variant = 0 | 1 | 2 | 3;
const stateOf = (v: Variant): DrawState => ({ selected: v >= 2, regional: v % 2 === 1 });

function cached<T>(size: number, make: (cls: number, v: Variant) => T): (cls: number, v: Variant) => T {
  const table: (T | undefined)[] = new Array(size * 4);
  return (cls, v) => {
    table[cls * 4 + v] ??= make(cls, v);
    return table[cls * 4 + v] as T;
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

export const routePaint = cached<LineStyle>(PROJECT_CLASSES, (cls, v) =>
  projectLineStyle(projectProps(cls), stateOf(v)),
);

/**
 * A route's line when the view is crowded (see draw.ts, DENSE_ROUTES): solid, with no casing
 * under it. Dashes cost the most to rasterize, and thousands of casings only blur into a band.
 */
export const denseRoutePaint = cached<Paint>(PROJECT_CLASSES, (cls, v) => {
  const { line } = routePaint(cls, v);
  return { fill: null, stroke: line.stroke && { ...line.stroke, dash: [], cap: 'butt' } };
});

export const sitePaint = cached<PointStyle>(PROJECT_CLASSES, (cls, v) =>
  projectPointStyle(projectProps(cls), stateOf(v)),
);
export const placePaint = cached<PointStyle>(PLACE_CLASSES, (cls, v) =>
  placeStyle(placeProps(cls), stateOf(v)),
);
export const attackPaint = cached<Mark>(1, (_, v) => conflictStyle(stateOf(v)));

/** How far from its centre a click still hits a mark: its radius and half its stroke. */
export const hitRadius = (m: Mark): number => m.radius + (m.stroke ? m.stroke.width / 2 : 0);
