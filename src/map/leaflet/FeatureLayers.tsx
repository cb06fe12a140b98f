import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Pane, useMap } from 'react-leaflet';
import { useAppStore } from '../../state/store';
import type { Hit } from '../canvas/hit';
import type { Cluster } from '../model/clusters';
import { selectMapView } from '../model/selectMapView';
import { ClusterButtons } from './ClusterButtons';
import { FeatureCanvas } from './FeatureCanvas';
import { PANES } from './panes';

/**
 * Projects, places and attacks on one canvas layer, drawn from the map's view model, and the
 * clusters the canvas leaves out shown as numbered buttons (ClusterButtons). The scene (projected
 * geometry) is built once per data set; a filter, selection or layer change gives a new view.
 */
export function FeatureLayers() {
  const map = useMap();
  const select = useAppStore((s) => s.select);
  const view = useAppStore(selectMapView);
  const [clusters, setClusters] = useState<Cluster[]>([]);

  // The click handler outlives renders: it reads the latest view (its scene is the drawn one's).
  const latest = useRef(view);
  const [layer] = useState(
    () =>
      new FeatureCanvas(
        (hit: Hit) => {
          const id = latest.current.scene[hit.set].ids[hit.index];
          if (id !== undefined) select({ kind: hit.set === 'places' ? 'place' : 'project', id });
        },
        setClusters,
        PANES.features.name,
      ),
  );

  useEffect(() => {
    map.addLayer(layer);
    return () => {
      map.removeLayer(layer);
    };
  }, [map, layer]);

  useLayoutEffect(() => {
    latest.current = view;
    layer.update(view);
  }, [layer, view]);

  return (
    <Pane name={PANES.clusters.name} style={{ zIndex: String(PANES.clusters.zIndex) }}>
      <ClusterButtons clusters={clusters} />
    </Pane>
  );
}
