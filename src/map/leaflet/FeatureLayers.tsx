import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useShallow } from 'zustand/react/shallow';
import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import { selectVisiblePlaces, selectVisibleProjects } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { Hit } from '../canvas/hit';
import { buildScene } from '../canvas/scene';
import { sceneState } from '../canvas/state';
import { FeatureCanvas } from './FeatureCanvas';
import { mapRenderers, PANES } from './panes';
import { useCountryLevelOffsets } from './useCountryLevelOffsets';

const NO_PROJECTS: ProjectFeature[] = [];
const NO_PLACES: PlaceFeature[] = [];

/**
 * Projects, places and attacks on one canvas layer. The scene (projected geometry) is built once
 * per data set; a filter, selection or layer change only rewrites the flags and redraws, at once,
 * inside the commit that caused it.
 */
export function FeatureLayers() {
  const map = useMap();
  const select = useAppStore((s) => s.select);
  const allProjects = useAppStore((s) =>
    s.files.projects.status === 'ready' ? s.files.projects.data.features : NO_PROJECTS,
  );
  const allPlaces = useAppStore((s) =>
    s.files.places.status === 'ready' ? s.files.places.data.features : NO_PLACES,
  );
  const scene = useMemo(() => buildScene(allProjects, allPlaces), [allProjects, allPlaces]);
  const projects = useAppStore(selectVisibleProjects);
  const places = useAppStore(selectVisiblePlaces);
  const selection = useAppStore((s) => s.selection);
  const layers = useAppStore(
    useShallow((s) => ({
      projects: s.layers.projects,
      places: s.layers.places,
      conflict: s.layers.conflict,
    })),
  );
  const offsets = useCountryLevelOffsets(projects);

  // The click handler outlives renders: it reads the scene the canvas was last drawn from.
  const drawnScene = useRef(scene);
  const [layer] = useState(
    () =>
      new FeatureCanvas((hit: Hit) => {
        const id = drawnScene.current[hit.set].ids[hit.index];
        if (id !== undefined) select({ kind: hit.set === 'places' ? 'place' : 'project', id });
      }, PANES.features.name),
  );

  useEffect(() => {
    mapRenderers(map);
    map.addLayer(layer);
    return () => {
      map.removeLayer(layer);
    };
  }, [map, layer]);

  useLayoutEffect(() => {
    const start = performance.now();
    drawnScene.current = scene;
    layer.update(scene, sceneState(scene, { projects, places, offsets, selection, layers }));
    performance.measure('crossroads:map-update', { start });
  }, [layer, scene, projects, places, offsets, selection, layers]);

  return null;
}
