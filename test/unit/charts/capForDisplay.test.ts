import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capForDisplay, capSentence, firstRanked } from '../../../src/charts/capForDisplay';
import { capGroups } from '../../../src/charts/chartGroups';
import { CHARTS } from '../../../src/charts/registry';
import { type Figure, figureKindSchema } from '../../../src/data/schema';
import type { Matched } from '../../../src/state/selectors';
import { seedFigures } from './seedStore';

describe('capForDisplay', () => {
  it('keeps every item when they fit, in their order', () => {
    expect(capForDisplay([3, 1, 2], 5, (a, b) => b - a)).toEqual({ shown: [3, 1, 2], total: 3 });
  });
  it('keeps the first items by the ranking when there are too many', () => {
    expect(capForDisplay([3, 9, 1, 7], 2, (a, b) => b - a)).toEqual({ shown: [9, 7], total: 4 });
  });
  it('says what it left out in a sentence', () => {
    expect(capSentence({ what: 'Trade', shown: 12, total: 3412, rule: 'largest' })).toBe(
      'Trade: the 12 largest of 3,412 shown.',
    );
  });
});

describe('capGroups', () => {
  const seed = seedFigures().figures.map((record): Matched<Figure> => ({ record, match: 'all' }));
  it('caps nothing on the seed data', () => {
    const { figureGroups, notes } = capGroups(seed, []);
    expect(notes).toEqual([]);
    expect(figureGroups.get('trade')?.map((m) => m.record.value)).toEqual([95e9, 64e9, 44e9]);
  });
  it('hands the trade chart at most 2,000 figures, the largest, and notes the rest', () => {
    const trade = seed.find((m) => m.record.kind === 'trade') as Matched<Figure>;
    const many = Array.from({ length: 2500 }, (_, i) => ({
      ...trade,
      record: { ...trade.record, id: `t-${i}`, value: (i + 1) * 1e9 },
    }));
    const { figureGroups, notes } = capGroups(many, []);
    expect(figureGroups.get('trade')).toHaveLength(2000);
    expect(figureGroups.get('trade')?.[0]?.record.value).toBe(2500e9);
    expect(notes).toEqual([{ what: 'Trade', shown: 2000, total: 2500, rule: 'largest' }]);
  });
  it('asks a chart only about the kinds it names, and splits exactly as asking it about every figure', () => {
    // The registry's `kinds` must never leave out a figure its `takes` accepts, nor reorder them.
    const unnamed = CHARTS.map(({ kinds: _kinds, ...chart }) => chart);
    const base = seed[0] as Matched<Figure>;
    const figure = fc.record({
      kind: fc.constantFrom(...figureKindSchema.options),
      unit: fc.constantFrom('USD', 'EUR', 'people', 'percent', 'items'),
      asOf: fc.constantFrom(null, '2024-05-01', '2025-01'),
      year: fc.constantFrom(null, 2023, 2024),
    });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 80 }), (drawn) => {
        const figures = drawn.map(
          (f, i): Matched<Figure> => ({ ...base, record: { ...base.record, ...f, id: `f-${i}` } }),
        );
        const ids = (groups: ReturnType<typeof capGroups>['figureGroups']) =>
          [...groups].map(([id, items]) => [id, items.map((m) => m.record.id)]);
        expect(ids(capGroups(figures, []).figureGroups)).toEqual(
          ids(capGroups(figures, [], unnamed).figureGroups),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('firstRanked', () => {
  it('picks what a stable sort would put first, ties in their original order', () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }), fc.nat(15), (keys, limit) => {
        const items = keys.map((key, i) => ({ key, i }));
        expect(firstRanked(items, limit, byKey)).toEqual([...items].sort(byKey).slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});
