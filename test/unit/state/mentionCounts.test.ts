// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/data/articleFile';
import { type CountriesFile, countriesFileSchema, type PlaceFeature } from '../../../src/data/schema';
import { mentionCounts } from '../../../src/state/textSearch';
import { seedFile } from './seedStore';

const country = (code: string, name: string, aliases: string[]) => ({ code, name, aliases });
const countries = {
  countries: [
    country('USA', 'United States', ['US', 'Washington']),
    country('IRN', 'Iran', ['Iranian', 'Tehran']),
    country('ZAF', 'South Africa', []),
    country('XAF', 'Africa', []),
  ],
  groups: [],
} as unknown as CountriesFile;
const NO_PLACES: PlaceFeature[] = [];
const count = (...paragraphs: string[]) => mentionCounts([paragraphs], countries, NO_PLACES)[0];

describe('mentionCounts', () => {
  it('matches whole words only', () => {
    expect(count('Iranian officials in Tehran; Iran’s economy. Iranians? Tehranis.')).toEqual({ IRN: 3 });
  });

  it('matches with case, so “us” is not the United States', () => {
    expect(count('the dirty work for all of us', 'US tariffs hit US partners')).toEqual({ USA: 2 });
  });

  it('counts an overlap once, for the longer name', () => {
    expect(count('South Africa’s case; Africa at large')).toEqual({ ZAF: 1, XAF: 1 });
  });

  it('counts per text, across its paragraphs', () => {
    const result = mentionCounts([['Washington said', 'the United States'], ['US']], countries, NO_PLACES);
    expect(result).toEqual([{ USA: 2 }, { USA: 1 }]);
  });

  it('counts a place for the countries it lies in, and a group by its own names', () => {
    const withGroup = {
      ...countries,
      groups: [{ code: 'CAS', name: 'Central Asia', aliases: [], members: ['KAZ'], selectable: false }],
    } as unknown as CountriesFile;
    const places = [
      { properties: { name: 'Caspian Sea', countries: ['IRN', 'CAS'] } },
    ] as unknown as PlaceFeature[];
    expect(mentionCounts([['The Caspian Sea, Iran and Central Asia']], withGroup, places)).toEqual([
      { IRN: 2, CAS: 2 },
    ]);
  });

  it('counts the seed articles with the seed countries and places', () => {
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
    const perArticle = mentionCounts(
      articles.map((a) => [a.title, ...a.paragraphs]),
      seed,
      seedFile('places').features,
    );
    const total = (code: string) => perArticle.reduce((n, c) => n + (c[code] ?? 0), 0);
    // Kyrgyzstan: "Kyrgyzstan" twice and "Kyrgyz" once, all in the first article.
    expect(perArticle.map((c) => c.KGZ ?? 0)).toEqual([3, 0, 0, 0]);
    // Canada: "in Canada" twice in the Merz article and twice in the trade article.
    expect(total('CAN')).toBe(4);
    expect(total('ZAF')).toBe(1);
    expect(total('UKR')).toBeGreaterThan(0);
    expect(total('FRA')).toBe(0);
  });
});
