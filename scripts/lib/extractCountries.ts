import type { CountryMention, FindCountries } from '../../src/data/extract/candidates';
import type { CountriesFile } from '../../src/data/schema';
import { cleanTerms, termPatternSource } from '../../src/state/textSearch';

// The country finder extract passes to findFigureCandidates: whole-word names and aliases from
// countries.json, through the same pattern the reader marks mentions with. No node imports, so
// the browser workbench can build the same finder.

export function countryFinder(countries: CountriesFile): FindCountries {
  const codeOf = new Map<string, string>();
  for (const entry of [...countries.countries, ...countries.groups])
    for (const term of [entry.name, ...entry.aliases]) if (!codeOf.has(term)) codeOf.set(term, entry.code);
  const terms = cleanTerms([...codeOf.keys()]);
  if (terms.length === 0) return () => [];
  const pattern = new RegExp(termPatternSource(terms), 'gu');
  return (text: string): CountryMention[] =>
    [...text.matchAll(pattern)].map((m) => ({
      code: codeOf.get(m[1] as string) as string,
      start: m.index,
      end: m.index + m[0].length,
    }));
}
