import { describe, expect, it } from 'vitest';
import {
  buildSections,
  codesInData,
  narrowSections,
  normaliseSearch,
} from '../../../src/filter/countryOptions';
import { seedArticleEntries, seedFile } from '../state/seedStore';

const countries = seedFile('countries');
const inData = codesInData({
  countries,
  figures: seedFile('figures').figures,
  projects: seedFile('projects').features,
  places: seedFile('places').features,
  events: seedFile('events').events,
  mentions: new Map(seedArticleEntries().flatMap((a) => Object.entries(a.mentions))),
});
const names = (sections: ReturnType<typeof buildSections>) =>
  Object.fromEntries(sections.map((s) => [s.title, s.options.map((o) => o.name)]));

describe('codesInData', () => {
  it('takes codes from every record and from mentions in the text', () => {
    // Ukraine and Turkey are named only in the text; Germany by an event; the EU by events and text.
    for (const code of ['UKR', 'TUR', 'DEU', 'EUU', 'CAS', 'ZAF']) expect(inData.has(code)).toBe(true);
    expect(inData.has('MLT')).toBe(false);
  });
});

describe('buildSections', () => {
  it('groups the countries in the data by region, blocs among the powers, sorted by name', () => {
    const sections = buildSections(countries, inData, []);
    expect(names(sections)).toEqual({
      'Central Asia': ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
      'Middle East': ['Iran', 'Israel'],
      'Powers and blocs': ['China', 'European Union', 'Russia', 'Turkey', 'United States'],
      'Other countries': ['Afghanistan', 'Canada', 'Germany', 'India', 'South Africa', 'Ukraine'],
    });
    expect(sections[0]?.group).toEqual({
      code: 'CAS',
      name: 'Central Asia',
      members: ['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM'],
    });
    expect(sections.slice(1).every((s) => s.group === null)).toBe(true);
  });

  it('keeps a selected country even when the data does not name it', () => {
    const sections = buildSections(countries, inData, ['MLT']);
    expect(names(sections)['Other countries']).toContain('Malta');
  });

  it('leaves out empty sections', () => {
    const sections = buildSections(countries, new Set(['IRN']), []);
    expect(sections.map((s) => s.title)).toEqual(['Middle East']);
  });
});

describe('narrowSections', () => {
  const sections = buildSections(countries, inData, []);

  it('finds countries by name, alias or code, ignoring case and accents', () => {
    expect(names(narrowSections(sections, 'KYR'))).toEqual({ 'Central Asia': ['Kyrgyzstan'] });
    expect(names(narrowSections(sections, 'tehran'))).toEqual({ 'Middle East': ['Iran'] });
    expect(names(narrowSections(sections, 'Tájik'))).toEqual({ 'Central Asia': ['Tajikistan'] });
    expect(narrowSections(sections, 'usa').flatMap((s) => s.options.map((o) => o.code))).toEqual(['USA']);
  });

  it('keeps a group control only when the query matches its name', () => {
    const central = narrowSections(sections, 'central');
    expect(central[0]?.group?.name).toBe('Central Asia');
    expect(narrowSections(sections, 'kaz')[0]?.group).toBeNull();
  });

  it('returns every section for an empty query and none for a query nothing matches', () => {
    expect(narrowSections(sections, '  ')).toEqual(sections);
    expect(narrowSections(sections, 'atlantis')).toEqual([]);
  });

  it('normalises for search', () => {
    expect(normaliseSearch('  Türkiye ')).toBe('turkiye');
  });
});
