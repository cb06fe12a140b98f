import { describe, expect, it } from 'vitest';
import { codesMentioned, findTerms, termsForCode } from '../../../src/state/highlightTerms';
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
