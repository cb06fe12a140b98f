import { memoLast } from '../../lib/memo';
import { selectRecords } from '../../state/records';
import { selectVisiblePlaces, selectVisibleProjects } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { type Bounds, dataBounds } from '../bounds';
import { buildFilterView, buildMapView, type FilterInput, type LayerFlags, type MapView } from './mapView';
import { buildScene, type Scene } from './scene';

// The map's view model as store selectors: the scene once per data set, the view once per
// filter, selection or layer change, shared by every component that selects it.

const sceneFor = memoLast(buildScene);

export const selectScene = (s: AppState): Scene =>
  sceneFor(selectRecords(s, 'projects'), selectRecords(s, 'places'));

// Where the map opens, and where it goes when the filter is cleared: measured once per data set
// and shared, so a render that React restarts (a long one interrupted by input) measures nothing
// again.
const dataBoundsFor = memoLast(({ routes, sites, places }: Scene) => dataBounds([routes, sites, places]));
/** Every project and place in the region the articles are about (bounds.ts); null when none lies there. */
export const selectDataBounds = (s: AppState): Bounds | null => dataBoundsFor(selectScene(s));

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
