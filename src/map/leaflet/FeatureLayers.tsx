import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useShallow } from 'zustand/react/shallow';
import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import type { LayerId } from '../../state/layersSlice';
import { type RecordRef, sameRef } from '../../state/selectionSlice';
import { selectVisiblePlaces, selectVisibleProjects } from '../../state/selectors';
import { appStore, useAppStore } from '../../state/store';
import { BaselineFeatureLayers } from './BaselineFeatureLayers';
import { attackItem, placeItem, projectItem, refOfLayer } from './featureItems';
import { LayerIndex } from './featureSync';
import { mapRenderers } from './panes';
import { useCountryLevelOffsets } from './useCountryLevelOffsets';

type Drawn = 'projects' | 'places' | 'conflict';

interface Kit {
  groups: Record<Drawn, L.FeatureGroup>;
  projects: LayerIndex<ProjectFeature>;
  places: LayerIndex<PlaceFeature>;
  conflict: LayerIndex<PlaceFeature>;
}

function createKit(): Kit {
  const groups = { projects: L.featureGroup(), places: L.featureGroup(), conflict: L.featureGroup() };
  return {
    groups,
    projects: new LayerIndex(groups.projects),
    places: new LayerIndex(groups.places),
    conflict: new LayerIndex(groups.conflict),
  };
}

const front = (layers: readonly L.Layer[] | undefined) => {
  const main = layers?.[layers.length - 1];
  if (main instanceof L.Path) main.bringToFront();
};

/**
 * Stacks the clickable canvas, back to front: routes, places, project sites, attacks, and the
 * selected feature on top. Canvas layers draw in the order they were added, so this runs after
 * every sync and whenever a group comes back on the map.
 */
function arrange(kit: Kit, selection: RecordRef | null) {
  kit.places.forEach((_, layers) => {
    front(layers);
  });
  kit.projects.forEach((_, layers) => {
    const main = layers[layers.length - 1];
    if (main instanceof L.Polyline) main.bringToBack();
    else front(layers);
  });
  kit.conflict.forEach((_, layers) => {
    front(layers);
  });
  if (selection?.kind === 'project') front(kit.projects.get(selection.id));
  if (selection?.kind === 'place') front(kit.places.get(selection.id));
}

declare global {
  interface Window {
    /** Benchmark-only switch (scripts/bench), set before load; never read from the URL. */
    __crossroadsMapMode?: 'persistent' | 'baseline-remount';
    /** Layers added to the map since load, counted only when a benchmark set the mode. */
    __crossroadsLayerAdds?: number;
  }
}

/** Projects, places and attacks. A benchmark may swap in the remounting baseline to compare. */
export function FeatureLayers() {
  const map = useMap();
  const mode = typeof window === 'undefined' ? undefined : window.__crossroadsMapMode;
  useEffect(() => {
    if (mode === undefined) return;
    window.__crossroadsLayerAdds = 0;
    const count = () => {
      window.__crossroadsLayerAdds = (window.__crossroadsLayerAdds ?? 0) + 1;
    };
    map.on('layeradd', count);
    return () => {
      map.off('layeradd', count);
    };
  }, [map, mode]);
  return mode === 'baseline-remount' ? <BaselineFeatureLayers /> : <PersistentFeatureLayers />;
}

/** Projects, places and attacks, drawn and kept up to date in place. */
function PersistentFeatureLayers() {
  const map = useMap();
  const [kit] = useState(createKit);
  const projects = useAppStore(selectVisibleProjects);
  const places = useAppStore(selectVisiblePlaces);
  const selection = useAppStore((s) => s.selection);
  const layers = useAppStore(useShallow((s) => s.layers));
  const select = useAppStore((s) => s.select);
  const offsets = useCountryLevelOffsets(projects);

  useEffect(() => {
    const onClick = (e: L.LeafletMouseEvent) => {
      const ref = refOfLayer(e.propagatedFrom ?? e.sourceTarget);
      if (ref) select(ref);
    };
    for (const group of Object.values(kit.groups)) group.on('click', onClick);
    return () => {
      for (const group of Object.values(kit.groups)) {
        group.off('click', onClick);
        group.remove();
      }
    };
  }, [kit, select]);

  useEffect(() => {
    const renderers = mapRenderers(map);
    const isSelected = (kind: RecordRef['kind'], id: string) => sameRef(selection, { kind, id });
    kit.projects.sync(
      projects.map((m) =>
        projectItem(
          m,
          { selected: isSelected('project', m.record.properties.id), regional: m.match === 'regional' },
          offsets.get(m.record.properties.id),
          renderers,
        ),
      ),
    );
    kit.places.sync(
      places.map((m) =>
        placeItem(
          m,
          { selected: isSelected('place', m.record.properties.id), regional: m.match === 'regional' },
          renderers,
        ),
      ),
    );
    kit.conflict.sync(
      places
        .filter((m) => m.record.properties.attack !== null)
        .map((m) =>
          attackItem(
            m,
            { selected: isSelected('place', m.record.properties.id), regional: m.match === 'regional' },
            renderers,
          ),
        ),
    );
    arrange(kit, selection);
  }, [map, kit, projects, places, selection, offsets]);

  useEffect(() => {
    for (const id of ['projects', 'places', 'conflict'] as const satisfies readonly LayerId[]) {
      const group = kit.groups[id];
      if (layers[id] && !map.hasLayer(group)) map.addLayer(group);
      if (!layers[id] && map.hasLayer(group)) map.removeLayer(group);
    }
    arrange(kit, appStore.getState().selection);
  }, [map, kit, layers]);

  return null;
}
