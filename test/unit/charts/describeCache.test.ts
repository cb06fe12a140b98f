import { describe, expect, it } from 'vitest';
import { describeCache } from '../../../src/charts/describeCache';
import { describeFigure, type Match, type NameContext } from '../../../src/charts/describeRecord';
import type { Figure } from '../../../src/data/schema';
import { buildFilterIndex } from '../../../src/state/filterMatch';

const countries = {
  countries: [],
  groups: [{ code: 'CAS', name: 'Central Asia', selectable: false, members: ['KAZ', 'UZB'], aliases: [] }],
};
const names = new Map([
  ['CHN', 'China'],
  ['CAS', 'Central Asia'],
]);
const titles = new Map([['a1', 'An article']]);
const naming = (selected: string[], n = names): NameContext => ({
  names: n,
  titles,
  index: buildFilterIndex(selected, countries),
});

const figure = (id: string): Figure => ({
  id,
  kind: 'trade',
  label: "China's trade with Central Asia",
  value: 95e9,
  unit: 'USD',
  year: 2024,
  asOf: null,
  qualifier: 'around',
  reportedBy: null,
  subject: 'CHN',
  counterpart: 'CAS',
  note: null,
  source: { article: 'a1', quote: 'around $95 billion' },
});

/** describeFigure, counting its calls. */
function counted() {
  const calls: string[] = [];
  const describe = (f: Figure, match: Match, n: NameContext) => {
    calls.push(`${f.id}:${match}`);
    return describeFigure(f, match, n);
  };
  return { calls, describe };
}

describe('describeCache', () => {
  const [a, b] = [figure('a'), figure('b')];

  it('describes a record once per match while names and titles stay the same, whatever the filter', () => {
    const texts = describeCache<Figure, ReturnType<typeof describeFigure>>();
    const { calls, describe } = counted();
    const first = texts(
      describe,
      [
        { record: a, match: 'all' },
        { record: b, match: 'all' },
      ],
      naming([]),
    );
    const narrowed = texts(describe, [{ record: b, match: 'direct' }], naming(['CHN']));
    const again = texts(describe, [{ record: b, match: 'direct' }], naming(['CHN', 'RUS']));
    expect(calls).toEqual(['a:all', 'b:all', 'b:direct']);
    expect(narrowed[0]).toBe(again[0]);
    expect(first[1]?.subject).toBe('China');
  });

  it('gives back the same array for the same items and naming', () => {
    const texts = describeCache<Figure, ReturnType<typeof describeFigure>>();
    const { describe } = counted();
    const items = [{ record: a, match: 'all' as const }];
    const n = naming([]);
    const first = texts(describe, items, n);
    // A new naming object with the same parts, as a hook makes on re-render, is the same naming.
    expect(texts(describe, items, { ...n })).toBe(first);
  });

  it('describes a regional match afresh, as its note reads the selected countries', () => {
    const texts = describeCache<Figure, ReturnType<typeof describeFigure>>();
    const { calls, describe } = counted();
    const [kazakhstan] = texts(describe, [{ record: a, match: 'regional' }], naming(['KAZ']));
    texts(describe, [{ record: a, match: 'regional' }], naming(['UZB']));
    expect(calls).toEqual(['a:regional', 'a:regional']);
    expect(kazakhstan?.regional).toBe('figure for Central Asia as a whole');
  });

  it('describes every record again when the names change', () => {
    const texts = describeCache<Figure, ReturnType<typeof describeFigure>>();
    const { calls, describe } = counted();
    texts(describe, [{ record: a, match: 'all' }], naming([]));
    const [renamed] = texts(describe, [{ record: a, match: 'all' }], naming([], new Map([['CHN', 'PRC']])));
    expect(calls).toEqual(['a:all', 'a:all']);
    expect(renamed?.subject).toBe('PRC');
  });
});
