import { capGroups } from '../../../src/charts/chartGroups';
import { claimsSpec } from '../../../src/charts/claims/claimsSpec';
import { FIRST_CLAIMS } from '../../../src/charts/deaths/claimBarsChart';
import { deathsSpec } from '../../../src/charts/deaths/deathsSpec';
import type { NameContext } from '../../../src/charts/describeRecord';
import type { LayoutOptions } from '../../../src/charts/spec';
import { inLayoutOrder, leftOutNotes } from '../../../src/charts/specDefaults';
import { estimateText } from '../../../src/charts/textMeasure';
import { tradeSpec } from '../../../src/charts/trade/tradeSpec';
import type { Figure } from '../../../src/data/schema';
import { buildFilterIndex } from '../../../src/state/filterMatch';
import type { Matched } from '../../../src/state/selectors';
import { ALL_TIME } from '../../../src/state/timeRange';

// A spec's compute lays out the records themselves: no described text goes in, and the words it
// places are formatted from the record and the names it is given.

const countries = {
  countries: [],
  groups: [{ code: 'CAS', name: 'Central Asia', selectable: false, members: ['KAZ', 'UZB'], aliases: [] }],
};
const naming = (selected: string[]): NameContext => ({
  names: new Map([
    ['IRN', 'Iran'],
    ['CHN', 'China'],
    ['KAZ', 'Kazakhstan'],
    ['CAS', 'Central Asia'],
  ]),
  titles: new Map(),
  index: buildFilterIndex(selected, countries),
});
const options = (selected: string[] = []): LayoutOptions => {
  const n = naming(selected);
  return {
    tradeYear: 'latest',
    groupMembers: n.index.members,
    names: n.names,
    range: ALL_TIME,
    naming: n,
  };
};

const figure = (id: string, over: Partial<Figure>): Figure => ({
  id,
  kind: 'deaths',
  label: 'People killed',
  value: 100,
  unit: 'people',
  year: null,
  asOf: null,
  qualifier: null,
  reportedBy: 'Health ministry',
  subject: 'IRN',
  counterpart: null,
  note: null,
  source: { article: 'a1', quote: 'q' },
  ...over,
});
const all = (figures: Figure[], match: Matched<Figure>['match'] = 'all'): Matched<Figure>[] =>
  figures.map((record) => ({ record, match }));

describe('spec computes take records', () => {
  it('claims: panels named from the codes, values worded from the records', () => {
    const layout = claimsSpec.compute(
      all([
        figure('d1', { asOf: '2025-06-13', value: 78 }),
        figure('d2', { asOf: '2025-06-20', value: 224, qualifier: 'more than' }),
        figure('d3', { asOf: '2025-06-24', value: 610 }),
      ]),
      640,
      estimateText,
      options(),
    );
    expect(layout.panels.map((p) => p.heading.text)).toEqual(['Deaths in \u2068Iran\u2069']);
    const labels = layout.panels.flatMap((p) =>
      p.series.flatMap((s) => s.points.map((pt) => pt.label?.text)),
    );
    expect(labels).toContain('more than 224');
    expect(layout.marks.map((m) => m.id)).toEqual(['d1', 'd2', 'd3']);
  });

  it('claims: the first two panels, then every panel when asked, the fold counting them all', () => {
    const places = ['IRN', 'CHN', 'KAZ', 'CAS', 'AFG', 'TJK', 'KGZ', 'UZB'];
    const records = all(
      places.flatMap((subject, i) => [
        figure(`${subject}-1`, { subject, asOf: '2024-01-02', value: 100 + i }),
        figure(`${subject}-2`, { subject, asOf: '2025-01-02', value: 200 + i }),
      ]),
    );
    const first = claimsSpec.compute(records, 640, estimateText, options());
    expect(claimsSpec.fold?.(first)).toEqual({ shown: 2, total: 8, noun: 'panels' });
    const every = claimsSpec.compute(records, 640, estimateText, { ...options(), showAll: true });
    expect(every.panels).toHaveLength(8);
    expect(claimsSpec.notes(every).leftOut).toBeNull();
  });

  it('deaths: grouped by place name, the claim line says who claimed and for which group it counts', () => {
    const layout = deathsSpec.compute(
      all([figure('k1', { subject: 'CAS', asOf: '2025-01-02', reportedBy: 'UN' })], 'regional'),
      640,
      estimateText,
      options(['KAZ']),
    );
    expect(layout.groups.map((g) => g.country)).toEqual(['Central Asia']);
    const meta = layout.groups[0]!.claims[0]!.meta.map((l) => l.text).join(' ');
    expect(meta).toContain('Claimed by');
    expect(meta).toContain('figure for Central Asia as a whole');
  });

  it('people: the latest claims drawn first, the fold counting every claim; all drawn when asked', () => {
    const claims = all(
      Array.from({ length: 30 }, (_, i) =>
        figure(`p${i}`, { asOf: `2020-01-${String(i + 1).padStart(2, '0')}`, value: i + 1 }),
      ),
    );
    const first = deathsSpec.compute(claims, 640, estimateText, options());
    const drawn = first.groups.flatMap((g) => g.claims.map((c) => c.id));
    expect(drawn).toHaveLength(FIRST_CLAIMS);
    expect(drawn).toContain('p29');
    expect(drawn).not.toContain('p0');
    expect(deathsSpec.fold?.(first)).toEqual({
      shown: FIRST_CLAIMS,
      total: 30,
      noun: 'claims',
      which: 'latest',
    });
    const every = deathsSpec.compute(claims, 640, estimateText, { ...options(), showAll: true });
    expect(every.groups.flatMap((g) => g.claims)).toHaveLength(30);
    expect(deathsSpec.fold?.(every)).toMatchObject({ shown: 30, total: 30 });
  });

  it('people: the panel hands a kind every claim, so its summary line counts them all', () => {
    const injuries = all(
      Array.from({ length: 40 }, (_, i) => figure(`i${i}`, { kind: 'injuries', asOf: '2021-03-04' })),
    );
    const { figureGroups, notes } = capGroups(injuries, []);
    expect(figureGroups.get('injuries')).toHaveLength(40);
    expect(notes).toEqual([]);
  });

  it('trade: bars named and valued from the records, in the year shown', () => {
    const layout = tradeSpec.compute(
      all([
        figure('t1', {
          kind: 'trade',
          unit: 'USD',
          value: 44e9,
          year: 2024,
          subject: 'CHN',
          counterpart: 'KAZ',
        }),
        figure('t2', {
          kind: 'trade',
          unit: 'USD',
          value: 41e9,
          year: 2023,
          subject: 'CHN',
          counterpart: 'KAZ',
        }),
      ]),
      640,
      estimateText,
      options(),
    );
    expect(layout.order).toEqual(['t1']);
    expect(layout.title).toBe('Trade with Kazakhstan, by partner');
    expect(layout.bars.map((b) => b.id)).toEqual(['t1']);
  });
});

describe('spec helpers', () => {
  const texts = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  it('orders records as drawn, then keeps or drops the rest', () => {
    expect(inLayoutOrder(texts, ['c', 'a']).map((t) => t.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(inLayoutOrder(texts, ['c', 'a'], 'dropped').map((t) => t.id)).toEqual(['c', 'a']);
  });
  it('says only the sentences that have something to say', () => {
    expect(leftOutNotes(null, '')).toEqual({ leftOut: null, summary: '' });
    expect(leftOutNotes('One.', null, 'Two.')).toEqual({ leftOut: 'One. Two.', summary: 'One. Two.' });
  });
});

describe('trade across the years', () => {
  const trade = (id: string, subject: string, counterpart: string, year: number) =>
    figure(id, { kind: 'trade', unit: 'USD', value: 1e9, year, subject, counterpart });
  const yearsGroup = (figures: Figure[]) => capGroups(all(figures), []).figureGroups.get('trade-years');

  it('is left out when no relationship has figures for two years: the bars say it all', () => {
    expect(
      yearsGroup([
        trade('a', 'CHN', 'KAZ', 2024),
        trade('b', 'RUS', 'KAZ', 2024),
        trade('c', 'EU', 'KAZ', 2023),
      ]),
    ).toEqual([]);
  });

  it('takes every trade figure once a relationship, either way round, has two years', () => {
    const figures = [
      trade('a', 'CHN', 'KAZ', 2024),
      trade('b', 'KAZ', 'CHN', 2023),
      trade('c', 'EU', 'KAZ', 2023),
    ];
    expect(yearsGroup(figures)?.map((m) => m.record.id)).toEqual(['a', 'b', 'c']);
  });
});
