import type { CountriesFile, PlaceFeature } from '../data/schema';

// Finding where the text names a country. Shared by the filter (which countries does the text
// mention at all?) and the reader (mark each mention of a selected country).

export interface TextRange {
  start: number;
  end: number;
}

const escapeRegExp = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A character that continues a word: a name must not have one on either side. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Distinct non-blank terms, longest first, so a longer name wins where two start together. */
export const cleanTerms = (terms: readonly string[]): string[] =>
  [...new Set(terms.filter((t) => t.trim() !== ''))].sort((a, b) => b.length - a.length);

/**
 * The pattern (flags 'gu') for whole-word occurrences of already-clean terms. As a lookahead it
 * matches zero-width at each word start and captures the longest name there, so a scan can see
 * names that begin inside another match.
 */
export function termPatternSource(terms: readonly string[], { lookahead = false } = {}): string {
  const names = `(${terms.map(escapeRegExp).join('|')})`;
  const before = '(?<![\\p{L}\\p{N}])';
  const after = '(?![\\p{L}\\p{N}])';
  return lookahead ? `${before}(?=${names}${after})` : `${before}${names}${after}`;
}

// Compiling a pattern of dozens of names costs far more than running it, and the reader asks
// for the same terms once per paragraph: keep the last few patterns, keyed by their terms.
const PATTERN_CACHE_SIZE = 16;
const patterns = new Map<string, RegExp>();

function termPattern(terms: readonly string[]): RegExp | null {
  const unique = cleanTerms(terms);
  if (unique.length === 0) return null;
  const key = unique.join('\u0000');
  const known = patterns.get(key);
  if (known) return known;
  const pattern = new RegExp(termPatternSource(unique), 'gu');
  if (patterns.size >= PATTERN_CACHE_SIZE) patterns.delete(patterns.keys().next().value as string);
  patterns.set(key, pattern);
  return pattern;
}

/**
 * For each of the clean terms, the others that are a whole-word prefix of it ("Caspian" of
 * "Caspian Sea"): wherever the longer name occurs, the shorter one does too.
 */
export function wordPrefixIds(terms: readonly string[]): number[][] {
  return terms.map((term) =>
    terms.flatMap((t, i) =>
      t.length < term.length && term.startsWith(t) && !WORD_CHAR.test(term.charAt(t.length)) ? [i] : [],
    ),
  );
}

/**
 * Every whole-word occurrence of any term, longest term first where two start together, never
 * overlapping. Case-sensitive on purpose: the alias "US" must not match "us".
 */
export function findTerms(text: string, terms: readonly string[]): TextRange[] {
  const pattern = termPattern(terms);
  if (pattern === null) return [];
  const out: TextRange[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
    out.push({ start: match.index, end: match.index + match[0].length });
  return out;
}

/** How many whole-word occurrences of the terms the texts hold, counted as findTerms would. */
export function countTerms(texts: readonly string[], terms: readonly string[]): number {
  const pattern = termPattern(terms);
  if (pattern === null) return 0;
  let count = 0;
  for (const text of texts) {
    pattern.lastIndex = 0;
    while (pattern.exec(text) !== null) count++;
  }
  return count;
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
