import * as L from 'leaflet';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Marker, Pane, useMap } from 'react-leaflet';
import { formatCount } from '../../lib/formatValue';
import { useAppStore } from '../../state/store';
import type { Hit } from '../canvas/hit';
import type { Cluster } from '../model/clusters';
import { selectMapView } from '../model/selectMapView';
import { FeatureCanvas } from './FeatureCanvas';
import { PANES } from './panes';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** A cluster's marker: its count, and a name that says what pressing it does. */
const clusterIcon = (count: number) => {
  const digits = String(count).length;
  const size = 30 + 6 * Math.max(0, digits - 1);
  return L.divIcon({
    className: 'cr-cluster',
    iconSize: [size, size],
    html: `<span aria-hidden="true">${formatCount(count)}</span><span class="visually-hidden">${formatCount(count)} projects here: zoom in</span>`,
  });
};

/**
 * Projects, places and attacks on one canvas layer, drawn from the map's view model, and the
 * clusters the canvas leaves out shown as numbered markers: Leaflet markers, so a keyboard
 * reaches each with Tab, and a click or Enter zooms in until it splits. The scene (projected
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

  const zoomInto = (c: Cluster) => {
    // The marker goes away as the cluster splits: keep the keyboard on the map.
    map.getContainer().focus({ preventScroll: true });
    if (reducedMotion()) map.setView([c.lat, c.lon], c.zoomTo, { animate: false });
    else map.flyTo([c.lat, c.lon], c.zoomTo, { duration: 0.6 });
  };

  return (
    <Pane name={PANES.clusters.name} style={{ zIndex: String(PANES.clusters.zIndex) }}>
      {clusters.map((c) => (
        <Marker
          key={`${c.id}:${c.count}`}
          position={[c.lat, c.lon]}
          icon={clusterIcon(c.count)}
          keyboard
          eventHandlers={{
            click: () => zoomInto(c),
            keypress: (e) => {
              const key = (e.originalEvent as KeyboardEvent).key;
              if (key === 'Enter' || key === ' ') zoomInto(c);
            },
          }}
        />
      ))}
    </Pane>
  );
}
