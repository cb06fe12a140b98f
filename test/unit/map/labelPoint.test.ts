import { describe, expect, it } from 'vitest';
import { pointInRings } from '../../../src/map/geometry';
import { labelPoint } from '../../../src/map/labelPoint';

// A "C" open to the east: its centroid (about 3, 5) would fall in the gap.
const crescent = [
  [
    [0, 0],
    [10, 0],
    [10, 3],
    [3, 3],
    [3, 7],
    [10, 7],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
];

describe('labelPoint', () => {
  it('finds a point on the land, where it is widest', () => {
    const spot = labelPoint([crescent]);
    expect(spot).not.toBeNull();
    expect(pointInRings(spot?.point[0] ?? 0, spot?.point[1] ?? 0, crescent)).toBe(true);
    expect(spot?.span).toBe(10);
  });

  it('keeps to the part inside a box when given one', () => {
    const spot = labelPoint([crescent], { west: 0, south: 4, east: 10, north: 6 });
    expect(spot?.span).toBe(3);
    expect(spot?.point[1]).toBeGreaterThanOrEqual(4);
    expect(spot?.point[1]).toBeLessThanOrEqual(6);
    expect(labelPoint([crescent], { west: 20, south: 0, east: 30, north: 10 })).toBeNull();
  });
});
