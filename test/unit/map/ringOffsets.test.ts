import { describe, expect, it } from 'vitest';
import { ringOffsets } from '../../../src/map/ringOffsets';

const distance = (a: [number, number] | undefined, b: [number, number] | undefined) =>
  Math.hypot((a?.[0] ?? 0) - (b?.[0] ?? 0), (a?.[1] ?? 0) - (b?.[1] ?? 0));

describe('ringOffsets', () => {
  it('leaves a lone marker on its anchor', () => {
    expect(ringOffsets([{ id: 'a', lon: 67, lat: 48 }]).get('a')).toEqual([0, 0]);
  });

  it('spreads markers sharing an anchor around a ring, none hidden by another', () => {
    const ids = ['nuclear-1', 'nuclear-2', 'uranium'];
    const offsets = ringOffsets(
      ids.map((id) => ({ id, lon: 67, lat: 48 })),
      22,
    );
    const points = ids.map((id) => offsets.get(id));
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(distance(points[i], points[j])).toBeGreaterThanOrEqual(21.9);
    // All at the same distance from the anchor, the first (by id) straight above it.
    const radii = points.map((p) => distance(p, [0, 0]));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(0.2);
    expect(offsets.get('nuclear-1')?.[0]).toBe(0);
    expect(offsets.get('nuclear-1')?.[1]).toBeLessThan(0);
  });

  it('keeps the layout whatever order the markers come in', () => {
    const a = ringOffsets([
      { id: 'x', lon: 1, lat: 1 },
      { id: 'y', lon: 1, lat: 1 },
    ]);
    const b = ringOffsets([
      { id: 'y', lon: 1, lat: 1 },
      { id: 'x', lon: 1, lat: 1 },
    ]);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('treats different anchors separately', () => {
    const offsets = ringOffsets([
      { id: 'kaz', lon: 67, lat: 48 },
      { id: 'tkm', lon: 59.4, lat: 39 },
    ]);
    expect(offsets.get('kaz')).toEqual([0, 0]);
    expect(offsets.get('tkm')).toEqual([0, 0]);
  });

  it('widens the ring as markers are added', () => {
    const radius = (n: number) => {
      const o = ringOffsets(Array.from({ length: n }, (_, i) => ({ id: `p${i}`, lon: 0, lat: 0 })));
      return distance(o.get('p0'), [0, 0]);
    };
    expect(radius(8)).toBeGreaterThan(radius(3));
  });
});
