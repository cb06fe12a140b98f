import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../state/store';
import type { CountryShape } from '../basemap';
import { countryLabels, placeNameLabels, siteObstacles, type View } from '../labelCandidates';
import { placeLabels } from '../labels';
import { selectMapView } from '../model/selectMapView';
import { useCountriesFile } from '../useMapData';
import { PANES } from './panes';

interface Label {
  id: string;
  lines: string[];
  className: string;
  x: number;
  y: number;
}

/**
 * Names on the map: attacked places with the date of the report, places, then countries where
 * their land is wide enough. React elements in their own pane, placed in pixels after every zoom
 * or pan so no two overlap, nothing covers a site and nothing is cut off at the edge. Hidden from
 * assistive technology: the list and the popups carry the same names.
 */
export function MapLabels({ shapes }: { shapes: readonly CountryShape[] }) {
  const map = useMap();
  const labelSet = useAppStore((s) => selectMapView(s).labels);
  const countries = useCountriesFile();
  const [labels, setLabels] = useState<Label[]>([]);

  useEffect(() => {
    const known = new Set((countries?.countries ?? []).map((c) => c.code));
    const place = () => {
      const b = map.getBounds();
      const view: View = {
        zoom: map.getZoom(),
        visible: { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() },
        toScreen: (lat, lon) => map.latLngToContainerPoint([lat, lon]).round(),
      };
      const named = placeNameLabels(labelSet.places, view);
      const obstacles = [...named.obstacles, ...siteObstacles(labelSet.sites, view)];
      const candidates = [...named.labels, ...countryLabels(shapes, known, view)];
      const size = map.getSize();
      const placed = placeLabels(candidates, { width: size.x, height: size.y }, obstacles);
      // The pane moves with the map: convert screen positions to its coordinates.
      const origin = map.containerPointToLayerPoint([0, 0]);
      setLabels(
        candidates.flatMap((c) => {
          const box = placed.get(c.id);
          return box ? [{ ...c, x: box.x + origin.x, y: box.y + origin.y }] : [];
        }),
      );
    };
    // Positions are pixels at one zoom: hide the labels while a zoom or flight is under way.
    const hide = () => map.getPane(PANES.labels.name)?.classList.add('cr-labels-moving');
    const show = () => {
      place();
      map.getPane(PANES.labels.name)?.classList.remove('cr-labels-moving');
    };
    show();
    map.on('zoomstart', hide);
    map.on('zoomend moveend resize', show);
    return () => {
      map.off('zoomstart', hide);
      map.off('zoomend moveend resize', show);
    };
  }, [map, labelSet, shapes, countries]);

  // Rendered into the labels pane by the <Pane> around this component (LeafletMap).
  return (
    <div aria-hidden="true">
      {labels.map((l) => (
        <div
          key={l.id}
          className={l.className}
          style={{ transform: `translate(${Math.round(l.x)}px, ${Math.round(l.y)}px)` }}
        >
          {l.lines.map((line) => (
            // Names come from the data: an isolate keeps a bidi control in one from reordering the rest.
            <span key={line}>
              <bdi>{line}</bdi>
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
