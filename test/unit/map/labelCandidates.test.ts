import { describe, expect, it } from 'vitest';
import type { PlaceFeature, ProjectFeature } from '../../../src/data/schema';
import type { CountryShape } from '../../../src/map/basemap';
import { countryLabels, placeNameLabels, siteObstacles, type View } from '../../../src/map/labelCandidates';

// An equirectangular stand-in for the map: 10 px per degree, north up, 0°E 60°N at the top left.
const view: View = {
  zoom: 5,
  visible: { west: 0, south: 20, east: 100, north: 60 },
  toScreen: ([lon = 0, lat = 0]) => ({ x: lon * 10, y: (60 - lat) * 10 }),
};
const place = (
  id: string,
  kind: PlaceFeature['properties']['kind'],
  lon: number,
  lat: number,
  attacked = false,
) =>
  ({
    record: {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        name: id,
        kind,
        countries: ['IRN'],
        attack: attacked ? { asOf: '2025-06-17', note: 'n' } : null,
        source: { article: 'a', quote: 'q' },
        precision: 'exact',
        geometrySource: 's',
      },
    },
    match: 'all',
  }) as { record: PlaceFeature; match: 'all' };

/** As the view model lists them with the conflict layer on: attacked places get their date. */
const labelled = (places: { record: PlaceFeature }[]) =>
  places.map(({ record }) => ({ record, attacked: record.properties.attack !== null }));

describe('placeNameLabels', () => {
  it('puts a capital beside its marker, an attack above it in priority with its date', () => {
    const { labels, obstacles } = placeNameLabels(
      labelled([place('Astana', 'capital', 71.4, 51.1), place('Tehran', 'capital', 51.4, 35.7, true)]),
      view,
    );
    const astana = labels.find((l) => l.id === 'place:Astana');
    const tehran = labels.find((l) => l.id === 'place:Tehran');
    expect(astana?.options[0]?.x).toBeGreaterThan(714);
    expect(astana?.options[1]?.x).toBeLessThan(714);
    expect(tehran?.lines).toEqual(['Tehran', 'Attacked · as of 17 Jun 2025']);
    expect(tehran?.priority).toBeGreaterThan(astana?.priority ?? 0);
    expect(obstacles).toHaveLength(2);
  });

  it('centres a sea under its point; an attacked place shown without its ring gets no date', () => {
    const sea = placeNameLabels(labelled([place('Caspian Sea', 'sea', 51, 41.5)]), view).labels[0];
    expect((sea?.options[0]?.x ?? 0) + (sea?.width ?? 0) / 2).toBeCloseTo(510, 5);
    const tehran = place('Tehran', 'capital', 51.4, 35.7, true).record;
    const noRing = placeNameLabels([{ record: tehran, attacked: false }], view).labels[0];
    expect(noRing?.lines).toEqual(['Tehran']);
  });

  it('skips places far outside the view', () => {
    expect(placeNameLabels(labelled([place('Washington', 'capital', -77, 38.9)]), view).labels).toEqual([]);
  });
});

describe('siteObstacles', () => {
  it('boxes project sites where they are drawn, ring offsets included, but not routes', () => {
    const site = {
      record: { geometry: { type: 'Point', coordinates: [67, 48] }, properties: { id: 'n1' } },
      match: 'all',
    } as unknown as { record: ProjectFeature; match: 'all' };
    const route = {
      record: {
        geometry: {
          type: 'LineString',
          coordinates: [
            [60, 40],
            [70, 45],
          ],
        },
        properties: { id: 'r' },
      },
      match: 'all',
    } as unknown as { record: ProjectFeature; match: 'all' };
    const boxes = siteObstacles(
      [
        { record: site.record, dx: 0, dy: -22 },
        { record: route.record, dx: 0, dy: 0 },
      ],
      view,
    );
    expect(boxes).toEqual([{ x: 670 - 9, y: 120 - 22 - 9, width: 18, height: 18 }]);
  });
});

describe('countryLabels', () => {
  const shape = (
    code: string | null,
    name: string,
    w: number,
    s: number,
    e: number,
    n: number,
  ): CountryShape => ({
    code,
    name,
    label: [(w + e) / 2, (s + n) / 2],
    span: e - w,
    bbox: [w, s, e, n],
    polygons: [
      [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    ],
  });

  it('names wide countries, ranks data countries above context, and skips narrow ones', () => {
    const labels = countryLabels(
      [
        shape('KAZ', 'Kazakhstan', 47, 41, 87, 55),
        shape('MNG', 'Mongolia', 88, 42, 99, 52),
        shape('ISR', 'Israel', 34.3, 29.5, 35.5, 33.3),
      ],
      new Set(['KAZ', 'ISR']),
      { ...view, zoom: 3 },
    );
    expect(labels.map((l) => l.id)).toEqual(['country:KAZ', 'country:MNG']);
    expect(labels[0]?.priority).toBeGreaterThan(labels[1]?.priority ?? 0);
    expect(labels[1]?.className).toContain('cr-label--context');
  });

  it('labels a country larger than the view on its visible part', () => {
    const russia = { ...shape('RUS', 'Russia', 20, 42, 150, 72), label: [120, 65] as [number, number] };
    const [label] = countryLabels([russia], new Set(['RUS']), view);
    const x = (label?.options[0]?.x ?? 0) + (label?.width ?? 0) / 2;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1000);
  });
});
