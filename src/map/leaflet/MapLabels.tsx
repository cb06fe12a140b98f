import * as L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../state/store';
import type { CountryShape } from '../basemap';
import { countryLabels, placeNameLabels, siteObstacles, type View } from '../labelCandidates';
import { placeLabels } from '../labels';
import { selectMapView, selectScene } from '../model/selectMapView';
import { useCountriesFile } from '../useMapData';
import { afterNextPaint } from './afterNextPaint';
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
  const scene = useAppStore(selectScene);
  const countries = useCountriesFile();
  const [labels, setLabels] = useState<Label[]>([]);
  // Zoom-0 pixels by Leaflet's CRS, once per position (a record's coordinates) and data set:
  // Leaflet's latLngToContainerPoint for each of 10,000 sites took 15–40 ms of every placement.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one table per data set.
  const worldPoints = useMemo(() => new WeakMap<readonly number[], L.Point>(), [scene]);
  const moving = useRef(false);
  const refresh = useRef(() => {});

  useEffect(() => {
    const known = new Set((countries?.countries ?? []).map((c) => c.code));
    refresh.current = () => {
      const b = map.getBounds();
      const scale = map.getZoomScale(map.getZoom(), 0);
      const offset = map.layerPointToContainerPoint(map.getPixelOrigin().multiplyBy(-1));
      const view: View = {
        zoom: map.getZoom(),
        visible: { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() },
        toScreen: (position) => {
          const [lon = 0, lat = 0] = position;
          let world = worldPoints.get(position);
          if (!world) {
            world = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0);
            worldPoints.set(position, world);
          }
          return { x: Math.round(world.x * scale) + offset.x, y: Math.round(world.y * scale) + offset.y };
        },
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
      map.getPane(PANES.labels.name)?.classList.remove('cr-labels-moving');
    };
    // A new label set is placed after the next paint, so the filter click that changed it paints
    // first; when that click starts a move, the move's end places them instead.
    afterNextPaint(refresh, () => moving.current || refresh.current());
  }, [map, labelSet, shapes, countries, worldPoints]);

  useEffect(() => {
    // Positions are pixels at one zoom: hide the labels while a zoom or flight is under way.
    const hide = () => map.getPane(PANES.labels.name)?.classList.add('cr-labels-moving');
    const start = () => {
      moving.current = true;
    };
    // At a move's end the canvas draws; the labels follow in a task of their own.
    const show = () => {
      moving.current = false;
      afterNextPaint(refresh, () => moving.current || refresh.current());
    };
    map.on('zoomstart', hide);
    map.on('movestart', start);
    map.on('moveend resize', show);
    return () => {
      map.off('zoomstart', hide);
      map.off('movestart', start);
      map.off('moveend resize', show);
    };
  }, [map]);

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
