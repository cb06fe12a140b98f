import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { selectRecords } from '../../state/records';
import { selectFilterIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { CountryShape } from '../basemap';
import { type Bounds, boundsOf, frameBounds, positionsOf, unionBoxes } from '../bounds';
import { useMapFocus } from '../mapFocus';
import { selectDataBounds } from '../model/selectMapView';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function move(map: L.Map, bounds: Bounds, options: L.FitBoundsOptions) {
  if (reducedMotion()) map.fitBounds(bounds, { ...options, animate: false });
  else map.flyToBounds(bounds, { ...options, duration: 0.8 });
}

/**
 * Moves the view: keeps the frame filling the map (no empty world beyond the basemap), flies to
 * the filtered countries when the filter changes, and to a feature when the list asks for one,
 * leaving room above it for the popup.
 */
export function ViewController({ shapes }: { shapes: readonly CountryShape[] }) {
  const map = useMap();
  const filterIndex = useAppStore(selectFilterIndex);
  const projects = useAppStore((s) => selectRecords(s, 'projects'));
  const places = useAppStore((s) => selectRecords(s, 'places'));
  // Where the view goes when the filter is cleared (the map's view model, measured once).
  const allData = useAppStore(selectDataBounds);
  const { request, settle } = useMapFocus();
  const shown = useRef(filterIndex);

  useEffect(() => {
    // Keeps the frame filling the map. On mount the data's bounds may lie below that zoom (data
    // spread wide): go there at once. Left to setMinZoom, the first view opened with a zoom
    // animation, and a redraw of every layer at its end, on the page's first load.
    const fitFrame = (animate: boolean) => {
      const min = map.getBoundsZoom(frameBounds(), true);
      if (map.getZoom() < min) map.setZoom(min, { animate });
      map.setMinZoom(min);
    };
    const onResize = () => fitFrame(true);
    fitFrame(false);
    map.on('resize', onResize);
    return () => {
      map.off('resize', onResize);
    };
  }, [map]);

  useEffect(() => {
    if (shown.current === filterIndex) return;
    shown.current = filterIndex;
    const codes = new Set(filterIndex.selected);
    for (const code of filterIndex.selected)
      for (const m of filterIndex.members.get(code) ?? []) codes.add(m);
    const target =
      codes.size === 0
        ? allData
        : unionBoxes(shapes.filter((s) => s.code !== null && codes.has(s.code)).map((s) => s.bbox));
    if (target) move(map, target, { padding: [24, 24], maxZoom: 6 });
  }, [map, filterIndex, shapes, allData]);

  // The latest data, read when a request comes in: new data alone must not move the view.
  const data = useRef({ projects, places });
  data.current = { projects, places };
  useEffect(() => {
    if (!request || request.settled) return;
    const { projects, places } = data.current;
    const feature =
      request.ref.kind === 'project'
        ? projects.find((p) => p.properties.id === request.ref.id)
        : places.find((p) => p.properties.id === request.ref.id);
    const bounds = feature ? boundsOf(positionsOf(feature), undefined, 0) : null;
    const done = () => settle(request.seq);
    if (!feature || !bounds) return done();
    // The popup opens once the move ends, then pans the map itself if it needs more room.
    map.once('moveend', done);
    const fallback = window.setTimeout(done, 2000);
    const zoom = Math.max(map.getZoom(), 4);
    if (feature.geometry.type === 'Point') {
      const [lon, lat] = feature.geometry.coordinates;
      if (reducedMotion()) map.setView([lat, lon], zoom, { animate: false });
      else map.flyTo([lat, lon], zoom, { duration: 0.7 });
    } else move(map, bounds, { padding: [40, 40], maxZoom: zoom });
    return () => {
      map.off('moveend', done);
      window.clearTimeout(fallback);
    };
  }, [map, request, settle]);

  return null;
}
