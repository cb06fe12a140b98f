import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../state/store';
import type { Hit } from '../canvas/hit';
import { selectMapView } from '../model/selectMapView';
import { FeatureCanvas } from './FeatureCanvas';
import { mapRenderers, PANES } from './panes';

/**
 * Projects, places and attacks on one canvas layer, drawn from the map's view model. The scene
 * (projected geometry) is built once per data set; a filter, selection or layer change gives a
 * new view (flags only), which the canvas draws at once, inside the commit that caused it.
 */
export function FeatureLayers() {
  const map = useMap();
  const select = useAppStore((s) => s.select);
  const view = useAppStore(selectMapView);

  // The click handler outlives renders: it reads the view the canvas was last drawn from.
  const drawnView = useRef(view);
  const [layer] = useState(
    () =>
      new FeatureCanvas((hit: Hit) => {
        const id = drawnView.current.scene[hit.set].ids[hit.index];
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
    drawnView.current = view;
    layer.update(view);
  }, [layer, view]);

  return null;
}
