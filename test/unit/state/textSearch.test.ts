import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountriesFile } from '../../../src/data/schema';
import { findTerms, mentionCounts, termsForCode } from '../../../src/state/textSearch';
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

describe('termsForCode and mentionCounts on the seed data', () => {
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

  it('finds which countries and groups the articles mention, counting each in its article', () => {
    const articles = seedArticles();
    const counts = mentionCounts(
      articles.map((a) => a.paragraphs),
      countries,
      [],
    );
    const mentioned = new Set(counts.flatMap((c) => Object.keys(c)));
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

describe('mentionCounts', () => {
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

  /** What one scan with every name finds in each paragraph, credited to each code the name names. */
  const scanned = (paragraphs: readonly string[]) => {
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    const counts: Record<string, number> = {};
    for (const p of paragraphs)
      for (const r of findTerms(p, names)) {
        const found = p.slice(r.start, r.end);
        for (const e of entities)
          if ([e.name, ...e.aliases].includes(found)) counts[e.code] = (counts[e.code] ?? 0) + 1;
      }
    return counts;
  };

  it('counts each text as one scan with every name would, the longest name winning', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 4 }), (texts) => {
        expect(mentionCounts(texts, countries, [])).toEqual(texts.map(scanned));
      }),
      { numRuns: 500 },
    );
  });

  it('credits a name inside a longer one to the longer one only, and a shared alias to each', () => {
    expect(mentionCounts([['the Central Asia route'], ['Centrals only']], countries, [])).toEqual([
      { BBB: 1 },
      {},
    ]);
    expect(mentionCounts([['Central banks']], countries, [])).toEqual([{ AAA: 1, CCC: 1 }]);
  });
});
