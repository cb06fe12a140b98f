import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { basemapPropsSchema as propsSchema, basemapTopologySchema as topologySchema } from '../data/schema';
import { mapInSlices } from '../lib/yieldToMain';
import { bboxOf, type HitShape } from './geometry';

// The offline basemap (public/basemap.json, built by `npm run basemap`): TopoJSON country shapes,
// decoded here into plain polygons the map draws and hit-tests.

export interface CountryShape extends HitShape {
  /** ISO 3166-1 alpha-3; null for shapes without one (Kosovo, Northern Cyprus). */
  code: string | null;
  name: string;
  label: [number, number];
  /** Degrees of longitude of land across the label point: how long a name fits there. */
  span: number;
  polygons: [number, number][][][];
}

type Decoded = { ok: true; shapes: CountryShape[] } | { ok: false; message: string };
type Countries = Topology<{ countries: GeometryCollection }>;

const NOT_TOPOJSON = { ok: false, message: 'the basemap file is not a country TopoJSON' } as const;

/** Every arc a list of [x, y, ...] number tuples: checked by hand, as a schema walking some
 * hundred thousand numbers one by one costs tens of milliseconds on a phone. */
function isArcList(arcs: unknown): boolean {
  if (!Array.isArray(arcs)) return false;
  for (const arc of arcs) {
    if (!Array.isArray(arc)) return false;
    for (const point of arc) {
      if (!Array.isArray(point)) return false;
      for (const n of point) if (typeof n !== 'number') return false;
    }
  }
  return true;
}

/** The topology, if the file is a country TopoJSON. */
function checkTopology(json: unknown): Countries | null {
  if (typeof json !== 'object' || json === null || !('arcs' in json) || !isArcList(json.arcs)) return null;
  // The schema checks the rest; the arcs, already checked, are left out of its walk.
  return topologySchema.safeParse({ ...json, arcs: [] }).success ? (json as Countries) : null;
}

function decodeGeometry(topo: Countries, geometry: GeometryObject): CountryShape | null {
  // A country is one Polygon or MultiPolygon geometry, so this gives one Feature.
  const f = feature(topo, geometry) as Feature;
  const props = propsSchema.safeParse(f.properties);
  const g = f.geometry as Polygon | MultiPolygon | null;
  if (!props.success || !g) return null;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][];
  return { ...props.data, polygons, bbox: bboxOf(polygons) };
}

const failure = (error: unknown): Decoded => ({
  ok: false,
  message: `the basemap could not be decoded (${error instanceof Error ? error.message : error})`,
});

/** Decodes the basemap file, or says what is wrong with it. Never throws. */
export function decodeBasemap(json: unknown): Decoded {
  const topo = checkTopology(json);
  if (topo === null) return NOT_TOPOJSON;
  try {
    const shapes = topo.objects.countries.geometries.map((g) => decodeGeometry(topo, g));
    return { ok: true, shapes: shapes.filter((s): s is CountryShape => s !== null) };
  } catch (error) {
    return failure(error);
  }
}

/** decodeBasemap, one country at a time, yielding to the browser whenever a slice ran long. */
export async function decodeBasemapInSlices(json: unknown): Promise<Decoded> {
  const topo = checkTopology(json);
  if (topo === null) return NOT_TOPOJSON;
  try {
    const shapes = await mapInSlices(topo.objects.countries.geometries, (g) => decodeGeometry(topo, g));
    return { ok: true, shapes: shapes.filter((s): s is CountryShape => s !== null) };
  } catch (error) {
    return failure(error);
  }
}
