import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Frame } from '../../src/map/frame';
import { labelPoint } from '../../src/map/labelPoint';
import { clipRing, type Ring, unwrapRing } from './basemapGeometry';

/** What each country shape carries into the app. */
export interface BasemapProps {
  /** ISO 3166-1 alpha-3, or null for shapes the atlas gives no code (Kosovo, Northern Cyprus). */
  code: string | null;
  name: string;
  /** Where to write the country's name, and how many degrees of longitude of land it has there. */
  label: [number, number];
  span: number;
}

export interface BasemapOptions {
  frame: Frame;
  /** ISO numeric → alpha-3. */
  isoByNumeric: ReadonlyMap<string, string>;
  /** Alpha-3 → display name, for the countries the data knows; the atlas name otherwise. */
  names: ReadonlyMap<string, string>;
  /** Douglas–Peucker-like cut-off: triangles smaller than this (in square degrees) are dropped. */
  minWeight: number;
  /** Islands and lakes smaller than this many square degrees are dropped. */
  minRingArea: number;
  quantization: number;
}

type AtlasTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

function polygonsOf(geometry: Polygon | MultiPolygon): Ring[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) =>
    rings.map((ring) => ring.map(([lon, lat]) => [lon, lat] as [number, number])),
  );
}

/** Unwraps and clips one country's polygons; null when none of it lies inside the frame. */
export function clipCountry(geometry: Polygon | MultiPolygon, frame: Frame): Ring[][] | null {
  const kept: Ring[][] = [];
  for (const rings of polygonsOf(geometry)) {
    const [outer, ...holes] = rings.map(unwrapRing);
    const clippedOuter = outer ? clipRing(outer, frame) : null;
    if (!clippedOuter) continue;
    const clippedHoles = holes.map((h) => clipRing(h, frame)).filter((h): h is Ring => h !== null);
    kept.push([clippedOuter, ...clippedHoles]);
  }
  return kept.length > 0 ? kept : null;
}

/** Atlas topology → country features clipped to the frame, with codes, names and label points. */
export function prepareCountries(
  atlas: AtlasTopology,
  options: Pick<BasemapOptions, 'frame' | 'isoByNumeric' | 'names'>,
): FeatureCollection<MultiPolygon, BasemapProps> {
  const world = feature(atlas, atlas.objects.countries);
  const features: Feature<MultiPolygon, BasemapProps>[] = [];
  for (const country of world.features) {
    const geometry = country.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const polygons = clipCountry(geometry, options.frame);
    if (!polygons) continue;
    const code = country.id === undefined ? null : (options.isoByNumeric.get(String(country.id)) ?? null);
    const label = labelPoint(polygons);
    features.push({
      type: 'Feature',
      properties: {
        code,
        name: (code && options.names.get(code)) ?? country.properties?.name ?? 'Unnamed',
        label: label ? [round(label.point[0]), round(label.point[1])] : [0, 0],
        span: label ? round(label.span, 1) : 0,
      },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  // Sorted by name, so the output does not depend on the atlas's order.
  features.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
  return { type: 'FeatureCollection', features };
}

/**
 * The basemap the app loads: countries clipped to the frame, as TopoJSON so shared borders are
 * stored and simplified once (neighbours never gap or overlap), then quantized to keep it small.
 */
export function buildBasemap(atlas: AtlasTopology, options: BasemapOptions): Topology<Objects<BasemapProps>> {
  const countries = prepareCountries(atlas, options);
  // The server's typings widen properties to allow null; ours never are.
  let topo = topology({ countries }) as unknown as Topology<Objects<BasemapProps>>;
  topo = presimplify(topo);
  topo = simplify(topo, options.minWeight);
  topo = filter(topo, filterWeight(topo, options.minRingArea));
  topo = quantize(topo, options.quantization);
  return topo;
}
