import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/data/articleFile';
import { countriesFileSchema } from '../../../src/data/schema';
import { countMentions, mentionBreaks, mentionClass, mentionClassLabels } from '../../../src/map/mentions';

const countries = [
  { code: 'USA', name: 'United States', aliases: ['US', 'Washington'] },
  { code: 'IRN', name: 'Iran', aliases: ['Iranian', 'Tehran'] },
  { code: 'ZAF', name: 'South Africa', aliases: [] },
  { code: 'XAF', name: 'Africa', aliases: [] },
];
const count = (...paragraphs: string[]) => Object.fromEntries(countMentions([{ paragraphs }], countries));

describe('countMentions', () => {
  it('matches whole words only', () => {
    expect(count('Iranian officials in Tehran; Iran’s economy. Iranians? Tehranis.')).toEqual({ IRN: 3 });
  });

  it('matches with case, so “us” is not the United States', () => {
    expect(count('the dirty work for all of us', 'US tariffs hit US partners')).toEqual({ USA: 2 });
  });

  it('counts an overlap once, for the longer name', () => {
    expect(count('South Africa’s case; Africa at large')).toEqual({ ZAF: 1, XAF: 1 });
  });

  it('adds up across paragraphs and articles', () => {
    const result = countMentions(
      [{ paragraphs: ['Washington said', 'the United States'] }, { paragraphs: ['US'] }],
      countries,
    );
    expect(result.get('USA')).toBe(3);
    expect(result.has('IRN')).toBe(false);
  });

  it('counts the seed articles with the seed countries', () => {
    const dir = 'data/articles';
    const files = [
      'chinas-xi-in-kazakhstan-to-cement-central-asia-ties.md',
      'fear-deepens-in-tehran-as-israel-targets-the-city.md',
      'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran.md',
      'trump-says-eu-not-offering-fair-deal-on-trade.md',
    ];
    const articles = files.map((f) => {
      const parsed = parseArticle(`articles/${f}`, readFileSync(`${dir}/${f}`, 'utf8'));
      if (!parsed.ok) throw new Error(f);
      return parsed.article;
    });
    const seed = countriesFileSchema.parse(JSON.parse(readFileSync('data/countries.json', 'utf8')));
    const result = countMentions(articles, seed.countries);
    // Kyrgyzstan: "Kyrgyzstan" twice and "Kyrgyz" once, all in the first article.
    expect(result.get('KGZ')).toBe(3);
    // Canada: "in Canada" twice in the Merz article and twice in the trade article.
    expect(result.get('CAN')).toBe(4);
    expect(result.get('ZAF')).toBe(1);
    expect(result.has('UKR')).toBe(true);
    expect(result.has('FRA')).toBe(false);
  });
});

describe('mention classes', () => {
  it('use each count as a class up to four mentions', () => {
    expect(mentionBreaks(3)).toEqual([1, 2, 3, 4]);
    expect(mentionClassLabels([1, 2, 3, 4], 3)).toEqual(['1', '2', '3', '4']);
  });

  it('split larger counts into four equal steps', () => {
    const breaks = mentionBreaks(23);
    expect(breaks).toEqual([1, 7, 13, 19]);
    expect(mentionClassLabels(breaks, 23)).toEqual(['1–6', '7–12', '13–18', '19–23']);
  });

  it('place counts in their class, 0 for none', () => {
    const breaks = [1, 7, 13, 19];
    expect([0, 1, 6, 7, 18, 19, 40].map((n) => mentionClass(n, breaks))).toEqual([0, 1, 1, 2, 3, 4, 4]);
  });
});
