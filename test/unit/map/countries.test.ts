import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesFileSchema, placesFileSchema } from '../../../src/data/schema';
import { decodeBasemap, decodeBasemapInSlices } from '../../../src/map/basemap';
import { countryStyle } from '../../../src/map/countryStyle';
import { buildScene } from '../../../src/map/model/scene';
import { offMapFeatures, offMapMentions } from '../../../src/map/offMap';
import { MAP_COLOURS, MENTION_RAMP } from '../../../src/map/palette';

describe('countryStyle', () => {
  it('shades land by mention class and outlines countries in the filter', () => {
    expect(countryStyle({ mentionClass: 0, selected: false, tilesShown: false }).fillColor).toBe(
      MENTION_RAMP[0],
    );
    expect(countryStyle({ mentionClass: 4, selected: false, tilesShown: false }).fillColor).toBe(
      MENTION_RAMP[4],
    );
    const selected = countryStyle({ mentionClass: 2, selected: true, tilesShown: false });
    expect(selected).toMatchObject({ color: MAP_COLOURS.selected, fillColor: MENTION_RAMP[2] });
    expect(selected.weight ?? 0).toBeGreaterThan(
      countryStyle({ mentionClass: 2, selected: false, tilesShown: false }).weight ?? 0,
    );
  });

  it('lets loaded online tiles show through, keeping the shading and outlines faint but present', () => {
    expect(countryStyle({ mentionClass: 0, selected: false, tilesShown: true }).fillOpacity).toBe(0);
    expect(countryStyle({ mentionClass: 3, selected: false, tilesShown: true }).fillOpacity).toBeGreaterThan(
      0,
    );
    expect(countryStyle({ mentionClass: 3, selected: false, tilesShown: false }).fillOpacity).toBe(1);
  });
});

describe('what lies off the map', () => {
  const countries = countriesFileSchema.parse(JSON.parse(readFileSync('data/countries.json', 'utf8')));
  const places = placesFileSchema.parse(JSON.parse(readFileSync('data/places.geojson', 'utf8')));

  it('names the places the frame cannot show', () => {
    expect(offMapFeatures(buildScene([], places.features)).places.map((f) => f.properties.id)).toEqual([
      'washington',
    ]);
  });

  it('names mentioned countries outside the frame, most mentioned first', () => {
    const mentions = new Map([
      ['USA', 14],
      ['CAN', 4],
      ['ZAF', 1],
      ['KAZ', 9],
    ]);
    expect(offMapMentions(countries.countries, mentions)).toEqual([
      { code: 'USA', name: 'United States', count: 14 },
      { code: 'CAN', name: 'Canada', count: 4 },
      { code: 'ZAF', name: 'South Africa', count: 1 },
    ]);
  });
});

describe('decodeBasemap', () => {
  it('refuses a file that is not a country TopoJSON, without throwing', () => {
    expect(decodeBasemap({ type: 'FeatureCollection', features: [] })).toEqual({
      ok: false,
      message: 'the basemap file is not a country TopoJSON',
    });
    expect(decodeBasemap(null).ok).toBe(false);
  });

  it('decodes shapes with their codes, names, label points and boxes', () => {
    const topo = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            {
              type: 'Polygon',
              arcs: [[0]],
              properties: { code: 'KAZ', name: 'Kazakhstan', label: [5, 5], span: 10 },
            },
            { type: 'Polygon', arcs: [[0]], properties: { name: 'no code field' } },
          ],
        },
      },
    };
    const decoded = decodeBasemap(topo);
    expect(decoded.ok && decoded.shapes.map((s) => [s.code, s.name, s.bbox])).toEqual([
      ['KAZ', 'Kazakhstan', [0, 0, 10, 10]],
    ]);
  });

  it('refuses arcs that are not lists of numbers, checked without the schema', () => {
    const topo = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 'x'],
        ],
      ],
      objects: { countries: { type: 'GeometryCollection', geometries: [] } },
    };
    expect(decodeBasemap(topo).ok).toBe(false);
    expect(
      decodeBasemap({
        ...topo,
        arcs: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      }).ok,
    ).toBe(true);
    expect(
      decodeBasemap({
        ...topo,
        arcs: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
        type: 'Other',
      }).ok,
    ).toBe(false);
  });

  it('decodes the committed basemap in slices exactly as in one go', async () => {
    const json: unknown = JSON.parse(readFileSync('public/basemap.json', 'utf8'));
    const whole = decodeBasemap(json);
    expect(whole.ok && whole.shapes.length).toBeGreaterThan(50);
    expect(await decodeBasemapInSlices(json)).toEqual(whole);
    expect(await decodeBasemapInSlices(null)).toEqual(decodeBasemap(null));
  });
});
