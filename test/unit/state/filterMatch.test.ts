import { describe, expect, it } from 'vitest';
import type { CountriesFile } from '../../../src/data/schema';
import { buildFilterIndex, matchCodes, matchedGroups } from '../../../src/state/filterMatch';

const country = (code: string, region: CountriesFile['countries'][number]['region'] = 'other') => ({
  code,
  name: code,
  region,
  anchor: [0, 0] as [number, number],
  aliases: [],
});
const COUNTRIES: CountriesFile = {
  countries: ['KAZ', 'TJK', 'CHN', 'DEU', 'FRA', 'IRN'].map((c) => country(c)),
  groups: [
    { code: 'CAS', name: 'Central Asia', selectable: false, members: ['KAZ', 'TJK'], aliases: [] },
    { code: 'EUU', name: 'European Union', selectable: true, members: ['DEU', 'FRA'], aliases: [] },
    // A group of groups: membership is followed through nesting.
    { code: 'EAS', name: 'Eurasia', selectable: false, members: ['CAS', 'EUU'], aliases: [] },
    // A cycle in the data must not hang the index.
    { code: 'AAA', name: 'Loop A', selectable: false, members: ['BBB', 'IRN'], aliases: [] },
    { code: 'BBB', name: 'Loop B', selectable: false, members: ['AAA'], aliases: [] },
  ],
};

describe('matchCodes', () => {
  it("matches everything, as 'all', when nothing is selected, even records with no codes", () => {
    const index = buildFilterIndex([], COUNTRIES);
    expect(matchCodes(['KAZ'], index)).toBe('all');
    expect(matchCodes(['CAS'], index)).toBe('all');
    expect(matchCodes([], index)).toBe('all');
  });

  it("matches 'direct' when any code the record names is selected", () => {
    const index = buildFilterIndex(['TJK'], COUNTRIES);
    expect(matchCodes(['TJK'], index)).toBe('direct');
    expect(matchCodes(['CHN', 'TJK'], index)).toBe('direct');
    expect(matchCodes(['CHN'], index)).toBeNull();
    expect(matchCodes([], index)).toBeNull();
  });

  it("matches a record about a group 'regional' when one of its members is selected", () => {
    const index = buildFilterIndex(['KAZ'], COUNTRIES);
    expect(matchCodes(['CAS'], index)).toBe('regional');
    expect(matchCodes(['CHN', 'CAS'], index)).toBe('regional');
    expect(matchCodes(['EUU'], index)).toBeNull();
  });

  it('prefers direct over regional whichever order the codes come in', () => {
    const index = buildFilterIndex(['KAZ', 'CHN'], COUNTRIES);
    expect(matchCodes(['CAS', 'CHN'], index)).toBe('direct');
    expect(matchCodes(['CHN', 'CAS'], index)).toBe('direct');
  });

  it('treats a selected bloc as its own code: the EU matches EU records, not its members', () => {
    const index = buildFilterIndex(['EUU'], COUNTRIES);
    expect(matchCodes(['EUU'], index)).toBe('direct');
    expect(matchCodes(['DEU'], index)).toBeNull();
  });

  it('follows nested groups and survives cycles', () => {
    expect(matchCodes(['EAS'], buildFilterIndex(['FRA'], COUNTRIES))).toBe('regional');
    expect(matchCodes(['EAS'], buildFilterIndex(['TJK'], COUNTRIES))).toBe('regional');
    const loop = buildFilterIndex(['IRN'], COUNTRIES);
    expect(loop.members.get('BBB')).toEqual(new Set(['AAA', 'IRN']));
    expect(matchCodes(['BBB'], loop)).toBe('regional');
  });

  it('works before countries.json has loaded: no groups, so only direct matches', () => {
    const index = buildFilterIndex(['KAZ'], null);
    expect(matchCodes(['KAZ'], index)).toBe('direct');
    expect(matchCodes(['CAS'], index)).toBeNull();
  });
});

describe('matchedGroups', () => {
  it('names the groups through which a record matched, once each', () => {
    const index = buildFilterIndex(['KAZ', 'DEU'], COUNTRIES);
    expect(matchedGroups(['CHN', 'CAS', 'EUU', 'CAS'], index)).toEqual(['CAS', 'EUU']);
    expect(matchedGroups(['CHN', 'KAZ'], index)).toEqual([]);
  });
});
