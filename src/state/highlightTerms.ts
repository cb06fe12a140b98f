import type { CountriesFile, PlaceFeature } from '../data/schema';

// Finding where the text names a country. Shared by the filter (which countries does the text
// mention at all?) and the reader (mark each mention of a selected country).

export interface TextRange {
  start: number;
  end: number;
}

const escapeRegExp = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every whole-word occurrence of any term, longest term first where two start together, never
 * overlapping. Case-sensitive on purpose: the alias "US" must not match "us".
 */
export function findTerms(text: string, terms: readonly string[]): TextRange[] {
  const unique = [...new Set(terms.filter((t) => t.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const out: TextRange[] = [];
  for (const match of text.matchAll(pattern))
    out.push({ start: match.index, end: match.index + match[0].length });
  return out;
}

/**
 * The words that name one code: a country's or group's name and aliases, and the names of places
 * that lie in it (so Kazakhstan also marks Khorgos and the Caspian Sea).
 */
export function termsForCode(
  code: string,
  countries: CountriesFile,
  places: readonly PlaceFeature[],
): string[] {
  const entity =
    countries.countries.find((c) => c.code === code) ?? countries.groups.find((g) => g.code === code);
  const terms = entity === undefined ? [] : [entity.name, ...entity.aliases];
  for (const place of places)
    if (place.properties.countries.includes(code)) terms.push(place.properties.name);
  return [...new Set(terms)];
}

/** The codes (countries and groups) whose name or aliases appear anywhere in the given texts. */
export function codesMentioned(texts: readonly string[], countries: CountriesFile): Set<string> {
  const found = new Set<string>();
  for (const entity of [...countries.countries, ...countries.groups]) {
    const terms = [entity.name, ...entity.aliases];
    if (texts.some((text) => findTerms(text, terms).length > 0)) found.add(entity.code);
  }
  return found;
}
