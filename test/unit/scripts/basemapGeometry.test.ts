// @vitest-environment node
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipCountry } from '../../../scripts/lib/basemap';
import { clipRing, type Position, ringArea, unwrapRing } from '../../../scripts/lib/basemapGeometry';

const FRAME = { west: 0, south: 0, east: 10, north: 10 };
const square = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const maxJump = (ring: Position[]) =>
  Math.max(...ring.slice(1).map((p, i) => Math.abs(p[0] - (ring[i]?.[0] ?? 0))));

describe('unwrapRing', () => {
  it('undoes the jump where a ring crosses the antimeridian', () => {
    // Chukotka-like: from 170°E east across 180° to 170°W and back.
    const ring: Position[] = [
      [170, 65],
      [179, 66],
      [-179, 66],
      [-170, 65],
      [-170, 64],
      [179, 64],
      [170, 65],
    ];
    const out = unwrapRing(ring);
    expect(maxJump(ring)).toBeGreaterThan(180);
    expect(maxJump(out)).toBeLessThanOrEqual(180);
    expect(out.map((p) => p[0])).toEqual([170, 179, 181, 190, 190, 179, 170]);
    expect(out.map((p) => p[1])).toEqual(ring.map((p) => p[1]));
  });

  it('moves a ring that starts east of the antimeridian so its west end is within ±180°', () => {
    const out = unwrapRing([
      [-179, 0],
      [179, 0],
      [179, 1],
      [-179, 1],
      [-179, 0],
    ]);
    expect(Math.min(...out.map((p) => p[0]))).toBeGreaterThanOrEqual(-180);
    expect(Math.min(...out.map((p) => p[0]))).toBeLessThan(180);
    expect(maxJump(out)).toBeLessThanOrEqual(180);
    expect(Math.abs(ringArea(out))).toBeCloseTo(2, 6);
  });

  it('leaves an ordinary ring alone', () => {
    const ring = square(60, 40, 70, 50);
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('clipRing', () => {
  it('keeps a ring inside the frame as it is', () => {
    expect(clipRing(square(2, 2, 4, 4), FRAME)).toEqual(square(2, 2, 4, 4));
  });

  it('cuts a ring straddling the frame to the part inside', () => {
    const clipped = clipRing(square(-5, 5, 5, 15), FRAME);
    expect(clipped).not.toBeNull();
    expect(Math.abs(ringArea(clipped ?? []))).toBeCloseTo(25, 6);
    for (const [x, y] of clipped ?? []) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
    expect(clipped?.[0]).toEqual(clipped?.[(clipped?.length ?? 1) - 1]);
  });

  it('drops a ring wholly outside the frame', () => {
    expect(clipRing(square(20, 20, 30, 30), FRAME)).toBeNull();
  });
});

describe('clipCountry', () => {
  it('unwraps before clipping, so a country across the antimeridian keeps its western part', () => {
    const frame = { west: 100, south: 0, east: 175, north: 80 };
    // One ring from 150°E across 180° to 170°W: only 150–175°E may remain.
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [150, 60],
            [179, 60],
            [-170, 60],
            [-170, 70],
            [179, 70],
            [150, 70],
            [150, 60],
          ],
        ],
      ],
    };
    const polygons = clipCountry(geometry, frame);
    const ring = polygons?.[0]?.[0] ?? [];
    expect(Math.abs(ringArea(ring))).toBeCloseTo(25 * 10, 6);
    expect(Math.max(...ring.map((p) => p[0]))).toBe(175);
    expect(maxJump(ring)).toBeLessThanOrEqual(180);
  });

  it('returns null for a country wholly outside the frame', () => {
    expect(clipCountry({ type: 'Polygon', coordinates: [square(-100, 30, -80, 40)] }, FRAME)).toBeNull();
  });
});
