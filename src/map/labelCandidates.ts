import type { PlaceFeature } from '../data/schema';
import { formatIsoDateShort } from '../lib/formatDate';
import type { CountryShape } from './basemap';
import type { Frame } from './frame';
import { labelPoint } from './labelPoint';
import { type Box, estimateTextWidth, type LabelCandidate, nameFits } from './labels';
import type { LabelSet } from './model/mapView';

// Which names the map could write where, given the current view: pure, so the choices can be
// tested without a map. MapLabels feeds in the view model's label set and the screen, and places
// what fits.

export interface View {
  zoom: number;
  /** The visible area, and a slightly larger one for deciding what is near enough to consider. */
  visible: Frame;
  /** A [lon, lat] position (a record's own coordinates) to screen pixels. */
  toScreen: (position: readonly number[]) => { x: number; y: number };
}
export interface MapLabel extends LabelCandidate {
  lines: string[];
  className: string;
}

export const LINE_HEIGHT = 15;
const PLACE_PRIORITY: Record<PlaceFeature['properties']['kind'], number> = {
  capital: 50,
  'border-crossing': 40,
  'gas-field': 40,
  sea: 36,
  city: 30,
  mountains: 32,
  region: 32,
};
const AREA_KINDS = new Set(['sea', 'region', 'mountains']);
/** Where else a country name may go, in label widths and line heights from its label point. */
const NUDGES = [0, 1.5, -1.5, 3, -3].flatMap((fy) => [0, -0.35, 0.35].map((fx) => [fx, fy] as const));

const formatAsOf = formatIsoDateShort;

const inView = (v: Frame, lat: number, lon: number, margin = 0) =>
  lon >= v.west - margin && lon <= v.east + margin && lat >= v.south - margin && lat <= v.north + margin;

/** Place names beside their markers (or under them, for seas and regions); attacks add the date. */
export function placeNameLabels(
  places: LabelSet['places'],
  view: View,
): { labels: MapLabel[]; obstacles: Box[] } {
  const labels: MapLabel[] = [];
  const obstacles: Box[] = [];
  for (const { record, attacked } of places) {
    const p = record.properties;
    const [lon, lat] = record.geometry.coordinates;
    if (!inView(view.visible, lat, lon, 1)) continue;
    const at = view.toScreen(record.geometry.coordinates);
    obstacles.push({ x: at.x - 5, y: at.y - 5, width: 10, height: 10 });
    const lines = p.attack && attacked ? [p.name, `Attacked · as of ${formatAsOf(p.attack.asOf)}`] : [p.name];
    const width = Math.max(...lines.map((l, i) => estimateTextWidth(l, i === 0 ? 13 : 11.5)));
    const height = lines.length * LINE_HEIGHT;
    const gap = attacked ? 16 : 8;
    const y = at.y - height / 2;
    labels.push({
      id: `place:${p.id}`,
      lines,
      className: `cr-label cr-label--${p.kind}${attacked ? ' cr-label--attack' : ''}`,
      width,
      height,
      priority: attacked ? 90 : PLACE_PRIORITY[p.kind],
      options:
        AREA_KINDS.has(p.kind) && !attacked
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
  return { labels, obstacles };
}

/** Boxes around project sites, so no label covers one. */
export function siteObstacles(sites: LabelSet['sites'], view: View): Box[] {
  const out: Box[] = [];
  for (const { record, dx, dy } of sites) {
    if (record.geometry.type !== 'Point') continue;
    const [lon, lat] = record.geometry.coordinates;
    if (!inView(view.visible, lat, lon, 1)) continue;
    const at = view.toScreen(record.geometry.coordinates);
    out.push({ x: at.x + dx - 9, y: at.y + dy - 9, width: 18, height: 18 });
  }
  return out;
}

/**
 * Country names, where the land is wide enough to hold them. A country larger than the view
 * (Russia) is labelled on its visible part. Countries the data knows rank above context.
 */
export function countryLabels(
  shapes: readonly CountryShape[],
  known: ReadonlySet<string>,
  view: View,
): MapLabel[] {
  const out: MapLabel[] = [];
  const v = view.visible;
  for (const shape of shapes) {
    const [w, s, e, n] = shape.bbox;
    if (e < v.west || w > v.east || n < v.south || s > v.north) continue;
    const stored = { point: shape.label, span: shape.span };
    const spot = inView(v, stored.point[1], stored.point[0]) ? stored : labelPoint(shape.polygons, v);
    const width = estimateTextWidth(shape.name, 11, 2.2);
    if (!spot || !nameFits(spot.span, view.zoom, width)) continue;
    const at = view.toScreen(spot.point);
    const data = shape.code !== null && known.has(shape.code);
    out.push({
      id: `country:${shape.code ?? shape.name}`,
      lines: [shape.name],
      className: `cr-label cr-label--country${data ? '' : ' cr-label--context'}`,
      width,
      height: LINE_HEIGHT,
      priority: data ? 12 : 10,
      options: NUDGES.map(([fx, fy]) => ({
        x: at.x - width / 2 + fx * width,
        y: at.y - LINE_HEIGHT / 2 + fy * LINE_HEIGHT,
      })),
    });
  }
  return out;
}
