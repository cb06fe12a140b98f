import type { ProjectFeature } from '../../../src/data/schema';
import { DATASET } from './columns';

// The dataset's locations: a GeoJSON FeatureCollection whose features carry the record id (in
// "AidData Record ID", "id" or "record_id"). Crossroads draws points and routes, so a polygon
// becomes the mean of its outer ring and a multi-line its longest part, and both say so.

type Geometry = ProjectFeature['geometry'];
type Position = [number, number];
export interface Located {
  geometry: Geometry;
  precision: 'exact' | 'approximate';
  geometrySource: string;
}

const ID_KEYS = ['AidData Record ID', 'id', 'record_id'];

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;
const round = (p: Position): Position => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
const line = (xs: unknown): Position[] | null =>
  Array.isArray(xs) && xs.length >= 2 && xs.every(isPosition) ? xs.map(round) : null;
const length = (xs: Position[]) =>
  xs
    .slice(1)
    .reduce((sum, p, i) => sum + Math.hypot(p[0] - (xs[i] as Position)[0], p[1] - (xs[i] as Position)[1]), 0);

function mean(ring: Position[]): Position {
  const n = ring.length;
  return round([ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n]);
}

/** The drawable geometry of one GeoJSON geometry, or null when it has none we can use. */
export function toDrawable(g: { type?: unknown; coordinates?: unknown }, record: string): Located | null {
  const from = `${DATASET} geolocation of record ${record}`;
  const c = g.coordinates;
  if (g.type === 'Point' && isPosition(c))
    return {
      geometry: { type: 'Point', coordinates: round(c) },
      precision: 'exact',
      geometrySource: `${from}.`,
    };
  if (g.type === 'LineString') {
    const coords = line(c);
    return (
      coords && {
        geometry: { type: 'LineString', coordinates: coords },
        precision: 'exact',
        geometrySource: `${from}.`,
      }
    );
  }
  if (g.type === 'MultiLineString' && Array.isArray(c)) {
    const parts = c.map(line).filter((p): p is Position[] => p !== null);
    const longest = parts.sort((a, b) => length(b) - length(a))[0];
    return longest
      ? {
          geometry: { type: 'LineString', coordinates: longest },
          precision: 'approximate',
          geometrySource: `${from}: the longest of its ${c.length} lines.`,
        }
      : null;
  }
  const ring =
    g.type === 'Polygon' && Array.isArray(c)
      ? c[0]
      : g.type === 'MultiPolygon' && Array.isArray(c)
        ? c[0]?.[0]
        : g.type === 'MultiPoint'
          ? c
          : null;
  if (Array.isArray(ring) && ring.length > 0 && ring.every(isPosition))
    return {
      geometry: { type: 'Point', coordinates: mean(ring as Position[]) },
      precision: 'approximate',
      geometrySource: `${from}: the middle of its ${String(g.type)}.`,
    };
  return null;
}

export interface GeometryIndex {
  byRecord: Map<string, Located>;
  /** Features that could not be used, each with why ("feature 12: no record id"). */
  problems: string[];
}

/** Reads the geometry file's text; the first usable geometry of a record wins. */
export function indexGeometry(text: string): GeometryIndex {
  const problems: string[] = [];
  const byRecord = new Map<string, Located>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`the geometry file is not JSON: ${(error as Error).message}`);
  }
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error('the geometry file is not a GeoJSON FeatureCollection');
  for (const [i, f] of (
    features as ({ properties?: Record<string, unknown>; geometry?: { type?: unknown } } | null)[]
  ).entries()) {
    const props = f?.properties ?? {};
    const key = ID_KEYS.find(
      (k) => props[k] !== undefined && props[k] !== null && String(props[k]).trim() !== '',
    );
    if (key === undefined) {
      problems.push(`feature ${i + 1}: no record id (${ID_KEYS.join(', ')})`);
      continue;
    }
    const record = String(props[key]).trim();
    if (byRecord.has(record)) continue;
    const located = f?.geometry ? toDrawable(f.geometry, record) : null;
    if (located === null)
      problems.push(`feature ${i + 1} (record ${record}): no point or line with valid coordinates`);
    else byRecord.set(record, located);
  }
  return { byRecord, problems };
}
