import * as L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { formatCount } from '../../lib/formatValue';
import type { Cluster } from '../model/clusters';
import { PANES } from './panes';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const sizeOf = (count: number) => 30 + 6 * Math.max(0, String(count).length - 1);

/**
 * The clusters the feature canvas leaves out, as numbered buttons in their own pane (rendered
 * there by the <Pane> around this component): Tab reaches each, and a click, Enter or Space zooms
 * in on it until it splits. Placed in layer pixels after each move, hidden while a zoom is under
 * way (their positions belong to one zoom), and their clicks kept from the map, which would
 * otherwise toggle the country under them.
 */
export function ClusterButtons({ clusters }: { clusters: readonly Cluster[] }) {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane(PANES.clusters.name);
    if (!pane) return;
    L.DomEvent.disableClickPropagation(pane);
    const hide = () => pane.classList.add('cr-moving');
    map.on('zoomstart', hide);
    return () => {
      map.off('zoomstart', hide);
    };
  }, [map]);
  // Each render follows a draw that placed the clusters for the settled view: show them again.
  useEffect(() => {
    map.getPane(PANES.clusters.name)?.classList.remove('cr-moving');
  });

  const zoomInto = (c: Cluster) => {
    // The button goes away as the cluster splits: keep the keyboard on the map.
    map.getContainer().focus({ preventScroll: true });
    if (reducedMotion()) map.setView([c.lat, c.lon], c.zoomTo, { animate: false });
    else map.flyTo([c.lat, c.lon], c.zoomTo, { duration: 0.6 });
  };

  return clusters.map((c) => {
    const at = map.latLngToLayerPoint([c.lat, c.lon]);
    const size = sizeOf(c.count);
    return (
      <button
        key={`${c.id}:${c.count}`}
        type="button"
        className="cr-cluster"
        style={{
          width: size,
          height: size,
          transform: `translate(${at.x - size / 2}px, ${at.y - size / 2}px)`,
        }}
        onClick={() => zoomInto(c)}
      >
        <span aria-hidden="true">{formatCount(c.count)}</span>
        <span className="visually-hidden">{formatCount(c.count)} projects here: zoom in</span>
      </button>
    );
  });
}
