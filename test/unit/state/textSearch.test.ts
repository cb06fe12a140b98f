import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountriesFile } from '../../../src/data/schema';
import {
  codesMentioned,
  countTerms,
  findTerms,
  MentionIndex,
  termsForCode,
} from '../../../src/state/textSearch';
import { seedArticles, seedFile } from './seedStore';

const words = (text: string, terms: string[]) =>
  findTerms(text, terms).map((r) => text.slice(r.start, r.end));

describe('findTerms', () => {
  it('matches whole words only, longest term first', () => {
    const text = 'Iranian officials in Iran; Kazakhstan, the Kazakh capital; Kazakhs.';
    expect(words(text, ['Iran', 'Iranian', 'Kazakh', 'Kazakhstan'])).toEqual([
      'Iranian',
      'Iran',
      'Kazakhstan',
      'Kazakh',
    ]);
  });

  it('is case-sensitive, so the alias US is not the word us', () => {
    expect(words('dirty work for us; the US president; USA', ['US'])).toEqual(['US']);
  });

  it('matches before possessives and punctuation, and multi-word names', () => {
    expect(
      words("Israel's army; the South Pars gas field.", ['Israel', 'South Pars gas field', 'South Pars']),
    ).toEqual(['Israel', 'South Pars gas field']);
  });

  it('treats special characters in terms literally and ignores blank terms', () => {
    expect(words('a (b) c', ['(b)', '', '  '])).toEqual(['(b)']);
    expect(findTerms('anything', [])).toEqual([]);
  });
});

describe('termsForCode and codesMentioned on the seed data', () => {
  const countries = seedFile('countries');
  const places = seedFile('places').features;

  it('names Kazakhstan by its aliases and the places in it', () => {
    const terms = termsForCode('KAZ', countries, places);
    expect(terms).toEqual(
      expect.arrayContaining(['Kazakhstan', 'Kazakh', 'Astana', 'Khorgos', 'Caspian Sea']),
    );
    expect(terms).not.toContain('Tehran');
    expect(termsForCode('EUU', countries, places)).toEqual(['European Union', 'EU']);
    expect(termsForCode('ZZZ', countries, places)).toEqual([]);
  });

  it('finds which countries and groups the articles mention', () => {
    const mentioned = codesMentioned(
      seedArticles().flatMap((a) => a.paragraphs),
      countries,
    );
    expect([...mentioned].sort()).toEqual(
      [
        'AFG',
        'CAN',
        'CAS',
        'CHN',
        'DEU',
        'EUU',
        'IND',
        'IRN',
        'ISR',
        'KAZ',
        'KGZ',
        'RUS',
        'TJK',
        'TKM',
        'TUR',
        'UKR',
        'USA',
        'UZB',
        'ZAF',
      ].sort(),
    );
  });
});

describe('countTerms', () => {
  it('counts what findTerms finds, across texts', () => {
    const texts = ['Iran and Iranian trade', 'no match', 'Iran, Iran'];
    const terms = ['Iran', 'Iranian'];
    expect(countTerms(texts, terms)).toBe(4);
    expect(countTerms(texts, terms)).toBe(texts.reduce((n, t) => n + findTerms(t, terms).length, 0));
    expect(countTerms(texts, [])).toBe(0);
  });
});

describe('MentionIndex and codesMentioned', () => {
  // Names chosen to overlap: prefixes at word boundaries, a name inside another, shared aliases.
  const entities = [
    { code: 'AAA', name: 'Central', aliases: ['Cen'] },
    { code: 'BBB', name: 'Central Asia', aliases: [] },
    { code: 'CCC', name: 'Asia', aliases: ['Central'] },
    { code: 'DDD', name: 'Iran', aliases: ['Iranian'] },
    { code: 'EEE', name: 'Iranian Plateau', aliases: ['US'] },
  ];
  const countries = {
    countries: entities.map((e) => ({ ...e })),
    groups: [],
  } as unknown as CountriesFile;
  const perEntity = (texts: string[]) =>
    new Set(
      entities
        .filter((e) => texts.some((t) => findTerms(t, [e.name, ...e.aliases]).length > 0))
        .map((e) => e.code),
    );
  const word = fc.constantFrom(
    'Central',
    'Asia',
    'Iran',
    'Iranian',
    'Plateau',
    'US',
    'us',
    'Cen',
    'x',
    'Centrals',
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ', ', "'s ", '-', '')), { maxLength: 8 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

  it('credits the same codes as asking entity by entity', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        expect([...codesMentioned(texts, countries)].sort()).toEqual([...perEntity(texts)].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('counts each text as countTerms would, for any subset of the names', () => {
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 4 }),
        fc.subarray(names),
        (texts, chosen) => {
          const index = new MentionIndex(texts, names);
          texts.forEach((paragraphs, i) => {
            expect(index.count(i, chosen)).toBe(countTerms(paragraphs, chosen));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts nothing for a name it was not built with', () => {
    const index = new MentionIndex([['Iran and Iran']], ['Iran']);
    expect(index.count(0, ['Iran'])).toBe(2);
    expect(index.count(0, ['Tehran'])).toBe(0);
    expect(index.count(5, ['Iran'])).toBe(0);
  });

  it('counts a name that is a whole-word prefix of a longer one', () => {
    expect([...codesMentioned(['the Central Asia route'], countries)].sort()).toEqual(['AAA', 'BBB', 'CCC']);
    expect([...codesMentioned(['Centrals only'], countries)]).toEqual([]);
  });
});
