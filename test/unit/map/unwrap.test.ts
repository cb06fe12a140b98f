// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FRAME } from '../../../src/map/frame';
import { anchorOf } from '../../../src/map/geometry';
import { buildScene } from '../../../src/map/model/scene';
import { offMapFeatures } from '../../../src/map/offMap';
import { unwrapLongitudes } from '../../../src/map/unwrap';
import { route } from './canvas/fixtures';

describe('routes across the antimeridian', () => {
  const across = route('across', [
    [170, 60],
    [-170, 60],
  ]);

  it('go the short way, 20° east, not 340° back west', () => {
    expect(unwrapLongitudes(across.geometry.coordinates as [number, number][])).toEqual([
      [170, 60],
      [190, 60],
    ]);
    expect([...buildScene([across], []).routes.lon]).toEqual([170, 190]);
  });

  it('put the popup halfway along the short way', () => {
    const [lat, lon] = anchorOf(across.geometry);
    expect(lat).toBeCloseTo(60, 9);
    expect(lon).toBeCloseTo(180, 9);
  });

  it('leave a line that never crosses the antimeridian as it is', () => {
    const line: [number, number][] = [
      [60, 40],
      [-10, 45],
    ];
    expect(unwrapLongitudes(line)).toEqual(line);
  });

  it('are listed off the map only when no part of them reaches the frame', () => {
    // 170°E to 190°E lies east of the frame (135°E): listed, and drawn nowhere across it.
    expect(FRAME.east).toBeLessThan(170);
    expect(offMapFeatures(buildScene([across], [])).projects.map((f) => f.properties.id)).toEqual(['across']);
    // From 120°E across the antimeridian: its western part is on the map, so it is not listed.
    const partly = route('partly', [
      [120, 50],
      [-170, 60],
    ]);
    expect(offMapFeatures(buildScene([partly], [])).projects).toEqual([]);
    // Both ends outside the frame, the line crossing it: drawn, so not listed either.
    const through = route('through', [
      [-20, 40],
      [140, 40],
    ]);
    expect(offMapFeatures(buildScene([through], [])).projects).toEqual([]);
  });
});
