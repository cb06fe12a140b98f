import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapPropsSchema as propsSchema, basemapTopologySchema as topologySchema } from '../data/schema';
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

/** Decodes the basemap file, or says what is wrong with it. Never throws. */
export function decodeBasemap(
  json: unknown,
): { ok: true; shapes: CountryShape[] } | { ok: false; message: string } {
  const checked = topologySchema.safeParse(json);
  if (!checked.success) return { ok: false, message: 'the basemap file is not a country TopoJSON' };
  const topo = json as Topology<{ countries: GeometryCollection }>;
  try {
    const shapes: CountryShape[] = [];
    for (const f of feature(topo, topo.objects.countries).features) {
      const props = propsSchema.safeParse(f.properties);
      const g = f.geometry as Polygon | MultiPolygon | null;
      if (!props.success || !g) continue;
      const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][];
      shapes.push({ ...props.data, polygons, bbox: bboxOf(polygons) });
    }
    return { ok: true, shapes };
  } catch (error) {
    return {
      ok: false,
      message: `the basemap could not be decoded (${error instanceof Error ? error.message : error})`,
    };
  }
}
