import type { PlaceFeature, ProjectFeature } from '../data/schema';
import { type Matched, selectVisiblePlaces, selectVisibleProjects } from '../state/selectors';
import type { AppState } from '../state/store';

// The store's visible-record selectors fall back to a fresh [] while a file loads, which a
// subscribing component would see as a new value on every check. These return one shared empty
// list until the file is ready.

const NO_PROJECTS: Matched<ProjectFeature>[] = [];
const NO_PLACES: Matched<PlaceFeature>[] = [];

export const selectMapProjects = (s: AppState): Matched<ProjectFeature>[] =>
  s.files.projects.status === 'ready' ? selectVisibleProjects(s) : NO_PROJECTS;

export const selectMapPlaces = (s: AppState): Matched<PlaceFeature>[] =>
  s.files.places.status === 'ready' ? selectVisiblePlaces(s) : NO_PLACES;
