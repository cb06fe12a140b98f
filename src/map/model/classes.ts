import type { Precision } from '../../data/schema';
import {
  KIND_COLOURS,
  PLACE_KIND_LABELS,
  type PlaceKind,
  type ProjectKind,
  type ProjectStatus,
  STATUS_LABELS,
} from '../palette';

// Style classes: what of a feature decides how it is drawn (besides selection and regional
// matching), as one small number, so features sharing a class can share a path.

export const PROJECT_KINDS = Object.keys(KIND_COLOURS) as ProjectKind[];
export const STATUSES = Object.keys(STATUS_LABELS) as ProjectStatus[];
export const PRECISIONS: readonly Precision[] = ['exact', 'approximate', 'country-level'];
export const PLACE_KINDS = Object.keys(PLACE_KIND_LABELS) as PlaceKind[];

/** Project style class: kind, status and precision (63 classes). */
export const projectClass = (kind: ProjectKind, status: ProjectStatus, precision: Precision): number =>
  PROJECT_KINDS.indexOf(kind) * 9 + STATUSES.indexOf(status) * 3 + PRECISIONS.indexOf(precision);
export const PROJECT_CLASSES = PROJECT_KINDS.length * 9;
/** Place style class: kind and precision (21 classes). */
export const placeClass = (kind: PlaceKind, precision: Precision): number =>
  PLACE_KINDS.indexOf(kind) * 3 + PRECISIONS.indexOf(precision);
export const PLACE_CLASSES = PLACE_KINDS.length * 3;

/** Positions of `items` sorted by rank, ties in their own order. Listed in class order, a position is a class. */
const byRank = <T>(items: readonly T[], rank: (item: T) => number) =>
  items.map((item, i) => ({ i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i);

/** Vaguer locations lie under exact ones: bands and halos never cover a crisp mark. */
const PRECISION_RANK: Record<Precision, number> = { approximate: 0, 'country-level': 1, exact: 2 };
/** Built lies over planned: the more certain project is the one left visible. */
const STATUS_RANK: Record<ProjectStatus, number> = { planned: 0, 'under construction': 1, operational: 2 };

/**
 * The order the canvas draws project classes in, bottom to top: by precision, then status, then
 * kind. Stated here once, so what covers what never depends on how the data happens to be sorted.
 */
export const PROJECT_DRAW_ORDER: readonly number[] = byRank(
  PROJECT_KINDS.flatMap((kind) =>
    STATUSES.flatMap((status) => PRECISIONS.map((precision) => ({ kind, status, precision }))),
  ),
  (c) => PRECISION_RANK[c.precision] * 100 + STATUS_RANK[c.status] * 10,
).map(({ i }) => i);

/** Place classes bottom to top: by precision, then kind. */
export const PLACE_DRAW_ORDER: readonly number[] = byRank(
  PLACE_KINDS.flatMap((kind) => PRECISIONS.map((precision) => ({ kind, precision }))),
  (c) => PRECISION_RANK[c.precision],
).map(({ i }) => i);

/** A family of style classes: how many, and the order they are drawn in. */
export interface StyleClasses {
  count: number;
  drawOrder: readonly number[];
}
export const PROJECT_STYLES: StyleClasses = { count: PROJECT_CLASSES, drawOrder: PROJECT_DRAW_ORDER };
export const PLACE_STYLES: StyleClasses = { count: PLACE_CLASSES, drawOrder: PLACE_DRAW_ORDER };
