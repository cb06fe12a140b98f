// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basemapJson, GZIP_BUDGET_BYTES } from '../../../scripts/build-basemap';
import { ISO_BY_NUMERIC } from '../../../scripts/lib/basemapIso';
import { countriesFileSchema } from '../../../src/data/schema';
import { decodeBasemap } from '../../../src/map/basemap';
import { FRAME, inFrame } from '../../../src/map/frame';
import { pointInRings } from '../../../src/map/geometry';

const root = resolve(import.meta.dirname, '../../..');
const committed = readFileSync(resolve(root, 'public/basemap.json'), 'utf8');
const decoded = decodeBasemap(JSON.parse(committed));
const shapes = decoded.ok ? decoded.shapes : [];
const countries = countriesFileSchema.parse(
  JSON.parse(readFileSync(resolve(root, 'data/countries.json'), 'utf8')),
);
const shape = (code: string) => shapes.find((s) => s.code === code);

describe('the committed basemap (public/basemap.json)', () => {
  it('is exactly what `npm run basemap` builds from the atlas and the data', () => {
    expect(committed).toBe(basemapJson(root));
  });

  it('decodes, and weighs at most 80 KB gzip', () => {
    expect(decoded.ok).toBe(true);
    const gzip = gzipSync(committed, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  it('has no ring that jumps more than 180° of longitude between consecutive points', () => {
    let rings = 0;
    for (const s of shapes)
      for (const polygon of s.polygons)
        for (const ring of polygon) {
          rings++;
          for (let i = 1; i < ring.length; i++)
            expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
        }
    expect(rings).toBeGreaterThan(200);
  });

  it('lies inside the frame, to within the quantization step', () => {
    const eps = 0.01;
    for (const s of shapes) {
      const [w, so, e, n] = s.bbox;
      expect(w).toBeGreaterThanOrEqual(FRAME.west - eps);
      expect(e).toBeLessThanOrEqual(FRAME.east + eps);
      expect(so).toBeGreaterThanOrEqual(FRAME.south - eps);
      expect(n).toBeLessThanOrEqual(FRAME.north + eps);
    }
  });

  it('keeps Russia, clipped at the frame rather than wrapped across the antimeridian', () => {
    const russia = shape('RUS');
    expect(russia?.bbox[2]).toBeCloseTo(FRAME.east, 1);
    expect(russia?.bbox[0]).toBeLessThan(25);
    // Moscow and Siberia are land; the Sea of Okhotsk is not.
    expect(russia?.polygons.some((p) => pointInRings(37.6, 55.75, p))).toBe(true);
    expect(russia?.polygons.some((p) => pointInRings(90, 61, p))).toBe(true);
    expect(russia?.polygons.some((p) => pointInRings(149, 55, p))).toBe(false);
  });

  it('keeps the small countries detailed enough to read', () => {
    const vertices = (code: string) =>
      shape(code)
        ?.polygons.flat()
        .reduce((n, ring) => n + ring.length, 0) ?? 0;
    expect(vertices('ISR')).toBeGreaterThanOrEqual(20);
    expect(vertices('KGZ')).toBeGreaterThanOrEqual(60);
    expect(vertices('TJK')).toBeGreaterThanOrEqual(60);
    expect(vertices('LBN')).toBeGreaterThanOrEqual(8);
    // Tel Aviv and Jerusalem's west are in Israel; Amman is not.
    expect(shape('ISR')?.polygons.some((p) => pointInRings(34.8, 32.08, p))).toBe(true);
    expect(shape('ISR')?.polygons.some((p) => pointInRings(35.93, 31.95, p))).toBe(false);
  });

  it('has a shape for every country in the data that lies in the frame, containing its anchor', () => {
    const inside = countries.countries.filter((c) => inFrame(c.anchor[0], c.anchor[1]));
    expect(inside.map((c) => c.code)).toContain('KAZ');
    for (const c of inside) {
      const s = shape(c.code);
      expect(s?.name, c.code).toBe(c.name);
      expect(
        s?.polygons.some((p) => pointInRings(c.anchor[0], c.anchor[1], p)),
        `${c.name}'s anchor lies in its shape`,
      ).toBe(true);
    }
    // The three outside the frame are named by the map's off-map note instead.
    expect(countries.countries.filter((c) => !inFrame(c.anchor[0], c.anchor[1])).map((c) => c.code)).toEqual([
      'USA',
      'CAN',
      'ZAF',
    ]);
  });

  it('puts every label point on its own country’s land', () => {
    for (const s of shapes) {
      if (s.span === 0) continue;
      expect(
        s.polygons.some((p) => pointInRings(s.label[0], s.label[1], p)),
        s.name,
      ).toBe(true);
    }
  });
});

describe('the ISO numeric → alpha-3 table', () => {
  const atlas = JSON.parse(
    readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const atlasNames = new Map(
    feature(atlas, atlas.objects.countries).features.map((f) => [String(f.id), f.properties?.name]),
  );

  it('names the same country the atlas does, row by row', () => {
    for (const [numeric, , name] of ISO_BY_NUMERIC) expect(atlasNames.get(numeric), numeric).toBe(name);
  });

  it('has one row per numeric code and per alpha-3 code', () => {
    expect(new Set(ISO_BY_NUMERIC.map((r) => r[0])).size).toBe(ISO_BY_NUMERIC.length);
    expect(new Set(ISO_BY_NUMERIC.map((r) => r[1])).size).toBe(ISO_BY_NUMERIC.length);
  });

  it('covers every country the data names', () => {
    const alpha = new Set(ISO_BY_NUMERIC.map((r) => r[1]));
    for (const c of countries.countries) expect(alpha.has(c.code), c.code).toBe(true);
  });
});
