import {
  boxesOverlap,
  type LabelRequest,
  layoutLabels,
  leaderCrosses,
  stackLabels,
} from '../../../src/charts/timeline/labelLayout';

const request = (id: string, anchorX: number, width = 150, height = 34): LabelRequest => ({
  id,
  anchorX,
  width,
  height,
});

function expectNoOverlaps(placed: ReturnType<typeof layoutLabels>, width: number) {
  for (let i = 0; i < placed.length; i++) {
    expect(placed[i]!.x).toBeGreaterThanOrEqual(0);
    expect(placed[i]!.x + placed[i]!.width).toBeLessThanOrEqual(width);
    for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!, placed[j]!)).toBe(false);
  }
}

describe('layoutLabels', () => {
  const options = { top: 60, width: 360 };

  it('puts far-apart labels side by side at the top', () => {
    const placed = layoutLabels([request('a', 0), request('b', 200)], options);
    expect(placed.map((p) => p.y)).toEqual([60, 60]);
  });

  it('stacks labels that share a day, in the order given, with no overlap', () => {
    const dense = ['a', 'b', 'c', 'd'].map((id) => request(id, 150));
    const placed = layoutLabels(dense, options);
    expectNoOverlaps(placed, 360);
    const ys = placed.map((p) => p.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(4);
  });

  it('lays out the seed timeline (one in 1991, six in June 2025, one in July) with no overlaps or crossings', () => {
    // At phone widths the timeline runs vertically (stackLabels), so the packing is checked from 600 up.
    for (const width of [600, 900, 1300]) {
      const at = (f: number) => f * width;
      const seed = [
        request('1991', at(0.01)),
        request('june', at(0.3)),
        request('xi', at(0.62), 140, 50),
        request('g7', at(0.62), 160, 66),
        request('summit', at(0.64), 150, 50),
        request('trump', at(0.64), 170, 50),
        request('merz', at(0.64), 190, 66),
        request('pause', at(0.97), 150, 50),
      ];
      const placed = layoutLabels(seed, { top: 60, width });
      expectNoOverlaps(placed, width);
      for (const leader of placed)
        for (const box of placed) expect(leaderCrosses(leader, box, 60)).toBe(false);
    }
  });

  it('moves a label that would run off the right edge back inside', () => {
    const [placed] = layoutLabels([request('edge', 350, 150)], options);
    expect(placed!.x + placed!.width).toBeLessThanOrEqual(360);
  });

  it('never overlaps, whatever the input (fuzzed)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 50; round++) {
      const width = 300 + Math.floor(random() * 1000);
      const labels = Array.from({ length: 2 + Math.floor(random() * 14) }, (_, i) =>
        request(`l${i}`, random() * width, 60 + random() * 200, 18 + random() * 60),
      );
      expectNoOverlaps(layoutLabels(labels, { top: 40, width }), width);
    }
  });
});

describe('stackLabels', () => {
  it('keeps order, starts each label at its mark when free, and never overlaps', () => {
    const placed = stackLabels(
      [
        { id: 'a', want: 10, height: 30 },
        { id: 'b', want: 12, height: 30 },
        { id: 'c', want: 200, height: 30 },
      ],
      0,
      8,
    );
    expect(placed.get('a')).toBe(10);
    expect(placed.get('b')).toBe(48);
    expect(placed.get('c')).toBe(200);
  });
});
