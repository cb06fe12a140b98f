import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  type LabelCandidate,
  nameFits,
  overlaps,
  placeLabels,
  pxPerDegree,
} from '../../../src/map/labels';

const view = { width: 400, height: 300 };
const label = (id: string, priority: number, ...options: [number, number][]): LabelCandidate => ({
  id,
  width: 60,
  height: 15,
  priority,
  options: options.map(([x, y]) => ({ x, y })),
});

describe('placeLabels', () => {
  it('places non-overlapping labels where asked', () => {
    const placed = placeLabels([label('a', 1, [10, 10]), label('b', 1, [200, 10])], view);
    expect(placed.get('a')).toMatchObject({ x: 10, y: 10 });
    expect(placed.get('b')).toMatchObject({ x: 200, y: 10 });
  });

  it('gives the space to the higher priority and moves or drops the other', () => {
    const placed = placeLabels([label('country', 10, [20, 20]), label('attack', 90, [30, 22])], view);
    expect(placed.has('attack')).toBe(true);
    expect(placed.has('country')).toBe(false);
    const moved = placeLabels(
      [label('country', 10, [20, 20], [20, 60]), label('attack', 90, [30, 22])],
      view,
    );
    expect(moved.get('country')).toMatchObject({ x: 20, y: 60 });
  });

  it('never cuts a label off at the edge of the view', () => {
    const placed = placeLabels([label('edge', 1, [370, 10], [280, 10])], view);
    expect(placed.get('edge')).toMatchObject({ x: 280 });
    expect(placeLabels([label('off', 1, [-5, 10])], view).size).toBe(0);
  });

  it('keeps clear of markers', () => {
    const marker = { x: 15, y: 12, width: 10, height: 10 };
    const placed = placeLabels([label('name', 1, [10, 10], [10, 40])], view, [marker]);
    expect(placed.get('name')).toMatchObject({ y: 40 });
  });
});

describe('label measures', () => {
  it('detects overlap, with an optional gap', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps(a, { x: 10, y: 0, width: 5, height: 5 }, 2)).toBe(true);
  });

  it('estimates longer text as wider', () => {
    expect(estimateTextWidth('Kazakhstan', 11)).toBeGreaterThan(estimateTextWidth('Iran', 11));
    expect(estimateTextWidth('Iran', 11, 2)).toBeGreaterThan(estimateTextWidth('Iran', 11));
  });

  it('fits a country name only where the land is wide enough at this zoom', () => {
    expect(pxPerDegree(0)).toBeCloseTo(256 / 360, 10);
    // Israel spans about a degree: its name needs a deep zoom.
    const width = estimateTextWidth('Israel', 11, 2.2);
    expect(nameFits(1.1, 3, width)).toBe(false);
    expect(nameFits(1.1, 7, width)).toBe(true);
  });
});

describe('placeLabels at scale', () => {
  it('checks labels against thousands of markers, missing none', () => {
    const markers = Array.from({ length: 10_000 }, (_, i) => ({
      x: (i % 100) * 4,
      y: 200 + Math.floor(i / 100),
      width: 2,
      height: 2,
    }));
    const candidates = [
      label('clear', 1, [10, 10]),
      label('blocked', 1, [100, 250]),
      label('moved', 1, [200, 260], [200, 100]),
    ];
    const placed = placeLabels(candidates, view, markers);
    expect([...placed.keys()].sort()).toEqual(['clear', 'moved']);
    expect(placed.get('moved')).toMatchObject({ y: 100 });
  });
});
