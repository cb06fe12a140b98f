import { capGroups } from '../../../src/charts/chartGroups';
import { describeEvent, describeFigure, type NameContext } from '../../../src/charts/describeRecord';
import { sourceLine, sourceTitles } from '../../../src/charts/sourceTitles';
import type { Figure, TimelineEvent } from '../../../src/data/schema';
import { buildFilterIndex } from '../../../src/state/filterMatch';

/** The charts a figure lands on, by id, as the panel splits them. */
const chartsFor = (figure: Figure): string[] =>
  [...capGroups([{ record: figure, match: 'all' }], []).figureGroups]
    .filter(([id, items]) => id !== 'key-figures' && items.length > 0)
    .map(([id]) => id);

const countries = {
  countries: [],
  groups: [{ code: 'CAS', name: 'Central Asia', selectable: false, members: ['KAZ', 'UZB'], aliases: [] }],
};
const ctx = (selected: string[]): NameContext => ({
  names: new Map([
    ['CHN', 'China'],
    ['CAS', 'Central Asia'],
  ]),
  titles: new Map([['a1', 'An article']]),
  index: buildFilterIndex(selected, countries),
});

const figure: Figure = {
  id: 'f1',
  kind: 'trade',
  label: "China's trade with Central Asia",
  value: 95e9,
  unit: 'USD',
  year: null,
  asOf: null,
  qualifier: 'around',
  reportedBy: null,
  subject: 'CHN',
  counterpart: 'CAS',
  note: null,
  source: { article: 'a1', quote: 'around $95 billion' },
};

describe('describeFigure', () => {
  it('words the value, the missing year and reporter, and names the countries', () => {
    const t = describeFigure(figure, 'all', ctx([]));
    expect(t).toMatchObject({
      value: 'around $95 billion',
      amount: '$95 billion',
      approximate: true,
      reporter: 'source not stated',
      reporterStated: false,
      year: 'year not stated',
      subject: 'China',
      counterpart: 'Central Asia',
      regional: null,
      articleTitle: 'An article',
    });
  });

  it('names the group a regional match stands for', () => {
    expect(describeFigure(figure, 'regional', ctx(['KAZ'])).regional).toBe(
      'figure for Central Asia as a whole',
    );
  });
});

describe('describeEvent', () => {
  it('gives the date only to its precision and names a regional match', () => {
    const event: TimelineEvent = {
      id: 'e1',
      date: '2025-06',
      precision: 'month',
      label: 'Something',
      countries: ['CAS'],
      scheduled: false,
      dateNote: null,
      source: { article: 'a1', quote: 'last week' },
    };
    const t = describeEvent(event, 'regional', ctx(['UZB']));
    expect(t.date).toBe('June 2025');
    expect(t.precision).toBe('known to the month only');
    expect(t.regional).toBe('listed for Central Asia as a whole');
  });
});

describe('chartsFor', () => {
  it('draws trade, deaths and population in their expected units and leaves the rest to cards', () => {
    expect(chartsFor(figure)).toEqual(['trade']);
    expect(chartsFor({ ...figure, unit: 'percent' })).toEqual([]);
    expect(chartsFor({ ...figure, kind: 'deaths', unit: 'people', asOf: null })).toEqual(['deaths']);
    // A dated count also goes on the claims-over-time chart.
    expect(chartsFor({ ...figure, kind: 'deaths', unit: 'people', asOf: '2025-06-17' })).toEqual([
      'deaths',
      'claims',
    ]);
    expect(chartsFor({ ...figure, kind: 'population', unit: 'people' })).toEqual(['scale']);
    expect(chartsFor({ ...figure, kind: 'tariff', unit: 'percent' })).toEqual([]);
  });
});

describe('sourceLine', () => {
  it('names each article once', () => {
    expect(sourceLine(sourceTitles(['a1', 'a1'], new Map([['a1', 'An article']])))).toBe(
      'Source: “An article”.',
    );
    expect(sourceLine(sourceTitles(['a1', 'b2'], new Map([['a1', 'An article']])))).toBe(
      'Sources: “An article”; “b2”.',
    );
  });
});

describe('figures of kinds no chart draws', () => {
  it('become key-figure cards that name what they count and give both ends of a range', () => {
    const missiles: Figure = {
      ...figure,
      qualifier: null,
      kind: 'count',
      unit: 'items',
      value: 75,
      measure: 'cruise missiles',
    };
    expect(chartsFor(missiles)).toEqual([]);
    expect(describeFigure(missiles, 'direct', ctx([])).value).toBe('75 cruise missiles');
    const losses: Figure = {
      ...figure,
      kind: 'losses',
      unit: 'EUR',
      value: 2.5e9,
      valueHigh: 3e9,
      qualifier: null,
    };
    expect(chartsFor(losses)).toEqual([]);
    expect(describeFigure(losses, 'direct', ctx([])).value).toBe('EUR 2.5 billion to EUR 3 billion');
  });
});
