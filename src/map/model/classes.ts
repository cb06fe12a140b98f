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
