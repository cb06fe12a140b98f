import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import { memoLast } from '../../lib/memo';
import { selectVisiblePlaces, selectVisibleProjects } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { buildFilterView, buildMapView, type FilterInput, type LayerFlags, type MapView } from './mapView';
import { buildScene, type Scene } from './scene';

// The map's view model as store selectors: the scene once per data set, the view once per
// filter, selection or layer change, shared by every component that selects it.

const NO_PROJECTS: readonly ProjectFeature[] = [];
const NO_PLACES: readonly PlaceFeature[] = [];

const sceneFor = memoLast(buildScene);
export const selectScene = (s: AppState): Scene =>
  sceneFor(
    s.files.projects.status === 'ready' ? s.files.projects.data.features : NO_PROJECTS,
    s.files.places.status === 'ready' ? s.files.places.data.features : NO_PLACES,
  );

// The map's three switches, as one object that changes only when one of them does (the tiles
// switch is the basemap's business).
const layersFor = memoLast(
  (projects: boolean, places: boolean, conflict: boolean): LayerFlags => ({ projects, places, conflict }),
);

const filterViewFor = memoLast(
  (scene: Scene, projects: FilterInput['projects'], places: FilterInput['places'], layers: LayerFlags) =>
    buildFilterView(scene, { projects, places, layers }),
);
const viewFor = memoLast(buildMapView);

/** The map's view model for the store's data, filter, layers and selection. */
export const selectMapView = (s: AppState): MapView =>
  viewFor(
    filterViewFor(
      selectScene(s),
      selectVisibleProjects(s),
      selectVisiblePlaces(s),
      layersFor(s.layers.projects, s.layers.places, s.layers.conflict),
    ),
    s.selection,
  );
