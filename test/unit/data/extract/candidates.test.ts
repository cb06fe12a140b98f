// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigureCandidates } from '../../../../src/data/extract/candidates';
import { countryFinder } from '../../../../src/data/extract/countryFinder';
import { draftFigures } from '../../../../src/data/extract/draft';
import { type Article, countriesFileSchema } from '../../../../src/data/schema';
import { REPO } from '../fixtureDataset';

const countries = countriesFileSchema.parse(
  JSON.parse(readFileSync(join(REPO, 'data', 'countries.json'), 'utf8')),
);
const findCountries = countryFinder(countries);
const names = new Map(countries.countries.map((c) => [c.code, c.name]));

const article = (paragraphs: string[], published: string | null = '2025-06-13'): Article => ({
  id: 'an-article',
  title: 'An article',
  publisher: null,
  published,
  publishedAsWritten: published,
  sourceFile: 'a.txt',
  paragraphs,
});
const read = (...paragraphs: string[]) => findFigureCandidates(article(paragraphs), { findCountries });
const one = (sentence: string) => {
  const found = read(sentence);
  expect(found, sentence).toHaveLength(1);
  return found[0];
};

describe('findFigureCandidates: what each number is', () => {
  it('says what is counted, in the article words', () => {
    expect(one('The ministry reported 1,204 deaths.')?.measure).toBe('deaths');
    expect(one('It fired 75 cruise missiles overnight.')?.measure).toBe('cruise missiles');
    expect(one('Germany received 2,100 asylum applications in April.')?.measure).toBe('asylum applications');
    expect(one('The 523-kilometre railway opens in 2030.')).toMatchObject({
      value: 523,
      unit: 'km',
      measure: 'railway',
    });
    expect(one('Iran’s oil exports averaged 1.6 million barrels a day.')?.measure).toBe('oil exports');
  });

  it('reads ranges with both ends in base units, and currencies in front or behind', () => {
    expect(one('Losses are put at between EUR 2.5 and 3 billion.')).toMatchObject({
      value: 2.5e9,
      high: 3e9,
      unit: 'EUR',
    });
    expect(one('The plant costs $40–45 million.')).toMatchObject({ value: 40e6, high: 45e6, unit: 'USD' });
    expect(one('Shares rose from 12 to 15 percent.')).toMatchObject({ value: 12, high: 15, unit: 'percent' });
    expect(one('Rosatom offered 300 billion rubles.')).toMatchObject({ value: 300e9, unit: 'RUB' });
    expect(one('It earned 18 billion tenge.')).toMatchObject({ value: 18e9, unit: 'KZT' });
    expect(one('It earned US$1.1 billion.')).toMatchObject({ value: 1.1e9, unit: 'USD' });
  });

  it('reads number words', () => {
    expect(one('Twelve centres opened.')?.value).toBe(12);
    expect(one('They counted twenty trucks.')?.value).toBe(20);
    expect(one('A dozen drones were seen.')?.value).toBe(12);
    expect(one('Hundreds of families fled.')).toMatchObject({
      value: 100,
      qualifier: 'more than',
      measure: 'families',
    });
    expect(one('A million people live there.')?.value).toBe(1e6);
  });

  it.each([
    ['approximately', 'approximately 35% of power'],
    ['nearly', 'nearly 40,000 Afghans'],
    ['almost', 'almost 300 trucks'],
    ['about', 'about 60% of them'],
    ['around', 'around 250 targets'],
    ['more than', 'more than 400 drones'],
    ['over', 'over 90 bridges'],
    ['at least', 'at least 900 people'],
    ['up to', 'up to $200 million'],
    ['estimated', 'an estimated 30 billion cubic metres'],
  ])('reads the qualifier "%s"', (qualifier, phrase) => {
    expect(one(`They reported ${phrase} last week.`)?.qualifier).toBe(qualifier);
  });

  it('gives the words the sentence credits, or null', () => {
    expect(one('About 40,000 crossed, according to the UN refugee agency.')?.attribution).toBe(
      'the UN refugee agency',
    );
    expect(one('The Red Crescent said 12 ambulances were hit.')?.attribution).toBe('The Red Crescent');
    expect(one('Exports reached $18.6 billion, Kursiv reports.')?.attribution).toBe('Kursiv');
    expect(one('The government has set aside 120 billion tenge.')?.attribution).toBeNull();
  });

  it('tells the year a number is for from a date it was reported', () => {
    expect(one('Trade reached $95 billion in 2024.')).toMatchObject({ year: 2024, asOf: null });
    expect(one('As of June 12, 2025, 1,204 people had died.')).toMatchObject({
      year: null,
      asOf: '2025-06-12',
    });
  });

  it('suggests countries from countries.json aliases, and reads list lines with the country they name', () => {
    expect(one('Kazakh wheat sales to Iran reached $410 million.')?.countries).toEqual(['KAZ', 'IRN']);
    const list = read('Kazakhstan sold to its neighbours:', '- Uzbekistan: $4.1 billion (22%)');
    expect(list.map((c) => [c.value, c.listLine, c.countries, c.quote])).toEqual([
      [4.1e9, true, ['UZB'], 'Uzbekistan: $4.1 billion (22%)'],
      [22, true, ['UZB'], 'Uzbekistan: $4.1 billion (22%)'],
    ]);
  });

  it('quotes the shortest clause that states the number', () => {
    expect(one('Trade was estimated at $95 billion in 2024, according to Chinese customs.')?.quote).toBe(
      'Trade was estimated at $95 billion in 2024',
    );
  });
});

describe('draftFigures', () => {
  it('maps hedges to the schema, keeps a later year in the note, and lists every guess', () => {
    const a = article(
      ['Kazakh exports to China could reach up to $25 billion by 2027, officials said.'],
      '2025-02-14',
    );
    const draft = draftFigures(a, findFigureCandidates(a, { findCountries }), { names });
    expect(draft.figures).toEqual([
      expect.objectContaining({
        kind: 'trade',
        value: 25e9,
        unit: 'USD',
        qualifier: null,
        year: null,
        reportedBy: 'officials',
        subject: 'KAZ',
        counterpart: 'CHN',
        flow: 'exports',
        label: "Kazakhstan's exports to China",
        note: 'The article gives this as an upper bound ("up to"). A forecast or target for 2027.',
      }),
    ]);
    expect(draft.guesses.map((g) => g.field)).toEqual([
      'kind',
      'subject',
      'counterpart',
      'qualifier',
      'year',
      'flow',
      'label',
    ]);
  });

  it('drafts people and counts of things in their units, with a measure for a count', () => {
    const a = article(['Iran said 1,204 people were killed and that Israel fired 550 ballistic missiles.']);
    const draft = draftFigures(a, findFigureCandidates(a, { findCountries }), { names });
    expect(draft.figures.map((f) => [f.kind, f.unit, f.value, f.measure])).toEqual([
      ['deaths', 'people', 1204, 'people'],
      ['count', 'items', 550, 'ballistic missiles'],
    ]);
  });
});
