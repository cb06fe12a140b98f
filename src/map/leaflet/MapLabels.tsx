import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import type { CountryShape } from '../basemap';
import { type Box, estimateTextWidth, type LabelCandidate, nameFits, placeLabels } from '../labels';
import { useCountriesFile } from '../useMapData';
import { selectMapPlaces, selectMapProjects } from '../visible';
import { mapRenderers, PANES } from './panes';
import { useCountryLevelOffsets } from './useCountryLevelOffsets';

interface Label {
  id: string;
  lines: string[];
  className: string;
  x: number;
  y: number;
}

const formatAsOf = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

const LINE = 15;
const PLACE_PRIORITY = {
  capital: 50,
  'border-crossing': 40,
  'gas-field': 40,
  sea: 36,
  city: 30,
  mountains: 32,
  region: 32,
};
const AREA_KINDS = new Set(['sea', 'region', 'mountains']);

/**
 * Names on the map: places (and attacked places with the date of the report), then countries
 * where their land is wide enough. Drawn as React elements in their own pane, placed in pixels
 * after every zoom or pan, and thinned so no two overlap. Hidden from assistive technology: the
 * list and the popups carry the same names.
 */
export function MapLabels({ shapes }: { shapes: readonly CountryShape[] }) {
  const map = useMap();
  const places = useAppStore(selectMapPlaces);
  const projects = useAppStore(selectMapProjects);
  const offsets = useCountryLevelOffsets(projects);
  const layers = useAppStore(
    useShallow((s) => ({
      projects: s.layers.projects,
      places: s.layers.places,
      conflict: s.layers.conflict,
    })),
  );
  const countries = useCountriesFile();
  const [labels, setLabels] = useState<Label[]>([]);
  const pane = mapRenderers(map) && map.getPane(PANES.labels.name);

  useEffect(() => {
    const known = new Set((countries?.countries ?? []).map((c) => c.code));
    const place = () => {
      const zoom = map.getZoom();
      const view = map.getBounds().pad(0.1);
      const candidates: (LabelCandidate & { lines: string[]; className: string })[] = [];
      const obstacles: Box[] = [];
      const toScreen = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]);
      for (const { record } of projects) {
        if (!layers.projects || record.geometry.type !== 'Point') continue;
        const [lon, lat] = record.geometry.coordinates;
        if (!view.contains([lat, lon])) continue;
        const [dx, dy] = offsets.get(record.properties.id) ?? [0, 0];
        const at = toScreen(lat, lon).add([dx, dy]);
        obstacles.push({ x: at.x - 9, y: at.y - 9, width: 18, height: 18 });
      }
      for (const { record } of places) {
        const p = record.properties;
        const attacked = p.attack !== null && layers.conflict;
        if (!layers.places && !attacked) continue;
        const [lon, lat] = record.geometry.coordinates;
        if (!view.contains([lat, lon])) continue;
        const at = toScreen(lat, lon);
        obstacles.push({ x: at.x - 5, y: at.y - 5, width: 10, height: 10 });
        const lines =
          attacked && p.attack ? [p.name, `Attacked · as of ${formatAsOf(p.attack.asOf)}`] : [p.name];
        const width = Math.max(...lines.map((l, i) => estimateTextWidth(l, i === 0 ? 13 : 11.5)));
        const height = lines.length * LINE;
        const gap = attacked ? 16 : 8;
        const area = AREA_KINDS.has(p.kind) && !attacked;
        const y = at.y - height / 2;
        candidates.push({
          id: `place:${p.id}`,
          lines,
          className: `cr-label cr-label--${p.kind}${attacked ? ' cr-label--attack' : ''}`,
          width,
          height,
          priority: attacked ? 90 : PLACE_PRIORITY[p.kind],
          options: area
            ? [
                { x: at.x - width / 2, y: at.y + 6 },
                { x: at.x - width / 2, y: at.y - 6 - height },
              ]
            : [
                { x: at.x + gap, y },
                { x: at.x - gap - width, y },
              ],
        });
      }
      for (const shape of shapes) {
        const width = estimateTextWidth(shape.name, 11, 2.2);
        const [lon, lat] = shape.label;
        if (!nameFits(shape.span, zoom, width) || !view.contains([lat, lon])) continue;
        const at = toScreen(lat, lon);
        const data = shape.code !== null && known.has(shape.code);
        candidates.push({
          id: `country:${shape.code ?? shape.name}`,
          lines: [shape.name],
          className: `cr-label cr-label--country${data ? '' : ' cr-label--context'}`,
          width,
          height: LINE,
          priority: data ? 12 : 10,
          options: [
            { x: at.x - width / 2, y: at.y - LINE / 2 },
            { x: at.x - width / 2, y: at.y + LINE },
          ],
        });
      }
      const size = map.getSize();
      const placed = placeLabels(candidates, { width: size.x, height: size.y }, obstacles);
      // Labels live in a pane that moves with the map: convert screen positions to its coordinates.
      const origin = map.containerPointToLayerPoint([0, 0]);
      setLabels(
        candidates.flatMap((c) => {
          const box = placed.get(c.id);
          return box
            ? [{ id: c.id, lines: c.lines, className: c.className, x: box.x + origin.x, y: box.y + origin.y }]
            : [];
        }),
      );
    };
    place();
    map.on('zoomend moveend resize', place);
    return () => {
      map.off('zoomend moveend resize', place);
    };
  }, [map, projects, places, offsets, shapes, layers.projects, layers.places, layers.conflict, countries]);

  if (!pane) return null;
  return createPortal(
    labels.map((l) => (
      <div
        key={l.id}
        className={l.className}
        style={{ transform: `translate(${Math.round(l.x)}px, ${Math.round(l.y)}px)` }}
      >
        {l.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </div>
    )),
    pane,
  );
}
