import { describe, expect, it } from 'vitest';
import { contrastRatio, KIND_COLOURS, MAP_COLOURS } from '../../../src/map/palette';
import {
  conflictStyle,
  PLAIN,
  placeStyle,
  projectLineStyle,
  projectPointStyle,
  STATUS_DASH,
} from '../../../src/map/styles';

const route = { kind: 'railway', status: 'planned', precision: 'exact' } as const;
const site = { kind: 'dry-port', status: 'operational', precision: 'exact' } as const;

describe('project routes', () => {
  it('dash by status: planned dashed, under construction dotted, operational solid', () => {
    expect(projectLineStyle(route, PLAIN).line.stroke?.dash).toEqual(STATUS_DASH.planned);
    const building = projectLineStyle({ ...route, status: 'under construction' }, PLAIN).line.stroke;
    expect(building?.dash).toEqual(STATUS_DASH['under construction']);
    expect(building?.cap).toBe('round');
    expect(projectLineStyle({ ...route, status: 'operational' }, PLAIN).line.stroke?.dash).toEqual([]);
    expect(new Set(Object.values(STATUS_DASH).map(String)).size).toBe(3);
  });

  it('are coloured by kind', () => {
    expect(projectLineStyle(route, PLAIN).line.stroke?.colour).toBe(KIND_COLOURS.railway.ink);
    expect(projectLineStyle({ ...route, kind: 'highway' }, PLAIN).line.stroke?.colour).toBe(
      KIND_COLOURS.highway.ink,
    );
  });

  it('sit on a thin white casing when exact, in a wide translucent band of their colour when approximate', () => {
    const exact = projectLineStyle(route, PLAIN);
    const approximate = projectLineStyle({ ...route, precision: 'approximate' }, PLAIN);
    expect(exact.casing.stroke?.colour).toBe(MAP_COLOURS.white);
    expect(approximate.casing.stroke?.colour).toBe(KIND_COLOURS.railway.fill);
    expect(approximate.casing.stroke?.width ?? 0).toBeGreaterThan((exact.casing.stroke?.width ?? 0) + 6);
    expect(approximate.casing.stroke?.alpha ?? 1).toBeLessThan(0.4);
  });

  it('grow heavier and darker when selected, and fade when matched only through a group', () => {
    const selected = projectLineStyle(route, { selected: true, regional: false }).line.stroke;
    expect(selected?.width ?? 0).toBeGreaterThan(projectLineStyle(route, PLAIN).line.stroke?.width ?? 0);
    expect(selected?.colour).toBe(MAP_COLOURS.placeInk);
    expect(projectLineStyle(route, { selected: false, regional: true }).line.stroke?.alpha ?? 1).toBeLessThan(
      1,
    );
  });
});

describe('project sites', () => {
  it('are circles; planned hollow, under construction half-tone, operational solid', () => {
    const style = (status: 'planned' | 'under construction' | 'operational') =>
      projectPointStyle({ ...site, status }, PLAIN);
    expect(style('operational').shape).toBe('circle');
    expect(style('operational').marker.fill).toEqual({ colour: KIND_COLOURS['dry-port'].fill, alpha: 1 });
    expect(style('under construction').marker.fill?.alpha).toBe(0.5);
    expect(style('planned').marker.fill?.colour).toBe(MAP_COLOURS.white);
    expect(style('planned').marker.stroke?.dash).toEqual([3, 2]);
  });

  it('carry a dotted halo only when the location is approximate', () => {
    expect(projectPointStyle(site, PLAIN).halo).toBeNull();
    const halo = projectPointStyle({ ...site, precision: 'approximate' }, PLAIN).halo;
    expect(halo?.radius ?? 0).toBeGreaterThan(projectPointStyle(site, PLAIN).marker.radius);
    expect(halo?.stroke?.dash.length).toBeGreaterThan(0);
  });

  it('are diamonds, never pins, when only the country is known', () => {
    const style = projectPointStyle({ ...site, precision: 'country-level' }, PLAIN);
    expect(style.shape).toBe('diamond');
    expect(style.halo).toBeNull();
  });
});

describe('places and attacks', () => {
  it('mark capitals solid and border crossings hollow', () => {
    expect(placeStyle({ kind: 'capital', precision: 'exact' }, PLAIN).marker.fill?.colour).toBe(
      MAP_COLOURS.placeInk,
    );
    expect(placeStyle({ kind: 'border-crossing', precision: 'exact' }, PLAIN).marker.fill?.colour).toBe(
      MAP_COLOURS.white,
    );
    expect(placeStyle({ kind: 'sea', precision: 'approximate' }, PLAIN).halo).not.toBeNull();
  });

  it('draw an attack as a heavy ring larger than any place marker', () => {
    const ring = conflictStyle(PLAIN);
    expect(ring.stroke?.colour).toBe(MAP_COLOURS.conflict);
    expect(ring.radius).toBeGreaterThan(
      placeStyle({ kind: 'capital', precision: 'exact' }, PLAIN).marker.radius * 2,
    );
  });
});

describe('the palette', () => {
  it('gives every kind an ink with at least 3:1 contrast on white and on land', () => {
    for (const [kind, { ink }] of Object.entries(KIND_COLOURS)) {
      expect(contrastRatio(ink, '#ffffff'), kind).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(ink, MAP_COLOURS.land), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
