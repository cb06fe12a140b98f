import { estimateText } from '../../../src/charts/textMeasure';
import { segmentTicks } from '../../../src/charts/timeline/timelineTicks';
import { clusterIntervals, intervalOf, layoutSegments } from '../../../src/charts/timeline/timeSegments';

describe('intervalOf', () => {
  it('covers exactly the day, month or year the precision states', () => {
    expect(intervalOf('2025-06-17', 'day')).toEqual({
      start: Date.UTC(2025, 5, 17),
      end: Date.UTC(2025, 5, 18),
    });
    expect(intervalOf('2025-06', 'month')).toEqual({
      start: Date.UTC(2025, 5, 1),
      end: Date.UTC(2025, 6, 1),
    });
    expect(intervalOf('1991', 'year')).toEqual({ start: Date.UTC(1991, 0, 1), end: Date.UTC(1992, 0, 1) });
  });
});

const seed = [
  intervalOf('1991', 'year'),
  intervalOf('2025-06', 'month'),
  intervalOf('2025-06-16', 'day'),
  intervalOf('2025-06-17', 'day'),
  intervalOf('2025-07-09', 'day'),
];

describe('clusterIntervals', () => {
  it('breaks the axis across a gap of decades but not across weeks', () => {
    expect(clusterIntervals(seed)).toEqual([[0], [1, 2, 3, 4]]);
  });
  it('keeps monthly events over two years on one axis', () => {
    const monthly = Array.from({ length: 24 }, (_, i) =>
      intervalOf(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 'month'),
    );
    expect(clusterIntervals(monthly)).toHaveLength(1);
  });
});

describe('layoutSegments', () => {
  it('splits the width between segments, gives each a minimum and keeps order', () => {
    const segments = layoutSegments(seed, 360);
    expect(segments).toHaveLength(2);
    const [old, recent] = segments;
    expect(old!.range[0]).toBe(0);
    expect(old!.range[1] - old!.range[0]).toBeGreaterThanOrEqual(120);
    expect(recent!.range[0]).toBeGreaterThan(old!.range[1]);
    expect(recent!.range[1]).toBeCloseTo(360, 5);
    // Each segment's scale maps its own dates inside its own range.
    expect(recent!.scale(Date.UTC(2025, 5, 17))).toBeGreaterThan(recent!.range[0]);
    expect(recent!.scale(Date.UTC(2025, 5, 17))).toBeLessThan(recent!.range[1]);
  });
});

describe('segmentTicks', () => {
  it('labels only the year of the old segment, days on the recent one, without colliding', () => {
    for (const width of [320, 640, 1300]) {
      const w = (text: string) => estimateText(text, 12);
      const ticks = segmentTicks(layoutSegments(seed, width), (text, at) => [
        at - w(text) / 2,
        at + w(text) / 2,
      ]);
      const texts = ticks.map((t) => t.text);
      expect(texts).toContain('1991');
      expect(texts).not.toContain('1992');
      expect(texts.some((t) => /Jun/.test(t))).toBe(true);
      for (let i = 1; i < ticks.length; i++) {
        const prev = ticks[i - 1]!;
        expect(ticks[i]!.at - w(ticks[i]!.text) / 2).toBeGreaterThanOrEqual(prev.at + w(prev.text) / 2 + 12);
      }
    }
  });
});
