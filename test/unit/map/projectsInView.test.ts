import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../../src/data/schema';
import { inView, projectsInView } from '../../../src/map/projectsInView';

const props = {
  name: 'x',
  kind: 'railway',
  status: 'planned',
  countries: ['KAZ'],
  partners: [],
  note: null,
  source: { dataset: 'AidData GCDF 3.0', record: '1' },
  precision: 'exact',
  geometrySource: 'test',
} as const;
const site = (id: string, x: number, y: number): ProjectFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, y] },
  properties: { ...props, id, countries: ['KAZ'], partners: [] },
});
const route = (id: string, coords: [number, number][]): ProjectFeature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: coords },
  properties: { ...props, id, countries: ['KAZ'], partners: [] },
});

describe('projects in the map’s view', () => {
  const view = [60, 35, 80, 50] as const;

  it('keeps sites inside and routes whose box meets the view', () => {
    expect(inView(site('a', 70, 40), view)).toBe(true);
    expect(inView(site('b', 100, 40), view)).toBe(false);
    expect(
      inView(
        route('c', [
          [50, 45],
          [65, 45],
        ]),
        view,
      ),
    ).toBe(true);
    expect(
      inView(
        route('d', [
          [50, 20],
          [55, 30],
        ]),
        view,
      ),
    ).toBe(false);
    // Leaflet reports a view panned past the antimeridian in unwrapped degrees.
    expect(inView(site('e', -170, 40), [170, 30, 200, 50])).toBe(true);
  });

  it('filters the list but keeps the selected project, and keeps everything before the map reports', () => {
    const matched = [site('in', 70, 40), site('out', 100, 40), site('chosen', 120, 10)].map((record) => ({
      record,
      match: 'direct' as const,
    }));
    expect(projectsInView(matched, view, 'chosen').map((m) => m.record.properties.id)).toEqual([
      'in',
      'chosen',
    ]);
    expect(projectsInView(matched, null, null)).toBe(matched);
  });
});
