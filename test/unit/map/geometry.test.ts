import { describe, expect, it } from 'vitest';
import { anchorOf, bboxOf, pointInRings, shapeAt } from '../../../src/map/geometry';

const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('anchorOf', () => {
  it('is the point itself, as [lat, lon]', () => {
    expect(anchorOf({ type: 'Point', coordinates: [80.27, 44.2] })).toEqual([44.2, 80.27]);
  });

  it('is halfway along a route by length, not its middle vertex', () => {
    const [lat, lon] = anchorOf({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
        [10, 0],
      ],
    });
    expect(lat).toBe(0);
    expect(lon).toBeCloseTo(5, 10);
  });
});

describe('hit testing', () => {
  const donut = [square(0, 0, 10, 10), square(4, 4, 6, 6)];
  it('is inside a polygon but not inside its hole', () => {
    expect(pointInRings(2, 2, donut)).toBe(true);
    expect(pointInRings(5, 5, donut)).toBe(false);
    expect(pointInRings(11, 5, donut)).toBe(false);
  });

  it('finds the shape under a point, or none over water', () => {
    const shapes = [
      { name: 'west', bbox: bboxOf([[square(0, 0, 10, 10)]]), polygons: [[square(0, 0, 10, 10)]] },
      { name: 'east', bbox: bboxOf([[square(10, 0, 20, 10)]]), polygons: [[square(10, 0, 20, 10)]] },
    ];
    expect(shapeAt(15, 5, shapes)?.name).toBe('east');
    expect(shapeAt(5, 5, shapes)?.name).toBe('west');
    expect(shapeAt(25, 5, shapes)).toBeNull();
    expect(shapes[1]?.bbox).toEqual([10, 0, 20, 10]);
  });
});
