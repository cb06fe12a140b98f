import type { CountriesFile } from '../schema';
import type { CountryMention, FindCountries } from './candidates';

// The country finder extract passes to findFigureCandidates: whole-word, case-sensitive names and
// aliases from countries.json, the longest name first where two start together. These are the
// same rules as the reader's mention scanner (src/state/textSearch.ts), written here because the
// data layer may not import the state layer. No node imports: the browser workbench builds it too.

const escapeRegExp = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function countryFinder(countries: CountriesFile): FindCountries {
  const codeOf = new Map<string, string>();
  for (const entry of [...countries.countries, ...countries.groups])
    for (const term of [entry.name, ...entry.aliases])
      if (term.trim() !== '' && !codeOf.has(term)) codeOf.set(term, entry.code);
  const terms = [...codeOf.keys()].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return () => [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return (text: string): CountryMention[] =>
    [...text.matchAll(pattern)].map((m) => ({
      code: codeOf.get(m[1] as string) as string,
      start: m.index,
      end: m.index + m[0].length,
    }));
}
