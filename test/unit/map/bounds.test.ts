import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../src/data/schema';
import {
  boundsOf,
  type Columns,
  dataBounds,
  frameBounds,
  positionsOf,
  unionBoxes,
} from '../../../src/map/bounds';
import { FRAME, REGION } from '../../../src/map/frame';

/** Positions as the scene's two columns. */
const columnsOf = (positions: readonly (readonly number[])[]): Columns => ({
  lon: positions.map((p) => p[0] ?? 0),
  lat: positions.map((p) => p[1] ?? 0),
});

const place = (id: string, lon: number, lat: number): PlaceFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {
    id,
    name: id,
    kind: 'capital',
    countries: ['KAZ'],
    attack: null,
    source: { article: 'a', quote: 'q' },
    precision: 'exact',
    geometrySource: 'test',
  },
});

describe('boundsOf', () => {
  it('is the smallest box around the positions, as [[south, west], [north, east]]', () => {
    expect(
      boundsOf([
        [60, 40],
        [70, 45],
        [65, 50],
      ]),
    ).toEqual([
      [40, 60],
      [50, 70],
    ]);
  });

  it('leaves out positions beyond the frame', () => {
    expect(
      boundsOf([
        [-77, 38.9],
        [60, 40],
        [70, 50],
      ]),
    ).toEqual([
      [40, 60],
      [50, 70],
    ]);
    expect(boundsOf([[-77, 38.9]])).toBeNull();
  });

  it('widens a single point so fitting does not zoom to street level, staying in the frame', () => {
    expect(boundsOf([[67, 48]])).toEqual([
      [46, 65],
      [50, 69],
    ]);
    expect(boundsOf([[FRAME.west, FRAME.south]])).toEqual([
      [FRAME.south, FRAME.west],
      [FRAME.south + 2, FRAME.west + 2],
    ]);
  });
});

describe('dataBounds', () => {
  it('fits the data inside the region the articles are about, leaving far capitals to panning', () => {
    const bounds = dataBounds([
      columnsOf(
        [place('astana', 71.4, 51.1), place('tehran', 51.4, 35.7), place('beijing', 116.4, 39.9)].flatMap(
          positionsOf,
        ),
      ),
    ]);
    expect(bounds).toEqual([
      [35.7, 51.4],
      [51.1, 71.4],
    ]);
    expect(116.4).toBeGreaterThan(REGION.east);
  });

  it('falls back to the whole frame when nothing lies in the region', () => {
    // Only 2.4° of latitude apart: widened to 4°, about the middle.
    const [[s, w], [n, e]] = dataBounds([
      columnsOf([place('beijing', 116.4, 39.9), place('seoul', 127, 37.5)].flatMap(positionsOf)),
    ]) ?? [[], []];
    expect([s, w, n, e].map((x) => Number(x?.toFixed(6)))).toEqual([36.7, 116.4, 40.7, 127]);
    expect(dataBounds([columnsOf(positionsOf(place('washington', -77, 38.9)))])).toBeNull();
  });
});

describe('unionBoxes', () => {
  it('covers every country box given as [west, south, east, north]', () => {
    expect(
      unionBoxes([
        [46.5, 40.6, 87.3, 55.4],
        [69.2, 39.2, 80.3, 43.3],
      ]),
    ).toEqual([
      [39.2, 46.5],
      [55.4, 87.3],
    ]);
    expect(unionBoxes([])).toBeNull();
  });

  it('frameBounds spans the frame', () => {
    expect(frameBounds()).toEqual([
      [FRAME.south, FRAME.west],
      [FRAME.north, FRAME.east],
    ]);
  });
});
