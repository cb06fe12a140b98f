import type { CountriesFile, PlaceFeature } from '../data/schema';

// Finding where the text names a country. Shared by the filter (which countries does the text
// mention at all?) and the reader (mark each mention of a selected country).

export interface TextRange {
  start: number;
  end: number;
}

const escapeRegExp = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Distinct non-blank terms, longest first, so a longer name wins where two start together. */
const cleanTerms = (terms: readonly string[]) =>
  [...new Set(terms.filter((t) => t.trim() !== ''))].sort((a, b) => b.length - a.length);

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
  const pattern = new RegExp(`${WORD_BEFORE}(?:${unique.map(escapeRegExp).join('|')})${WORD_AFTER}`, 'gu');
  if (patterns.size >= PATTERN_CACHE_SIZE) patterns.delete(patterns.keys().next().value as string);
  patterns.set(key, pattern);
  return pattern;
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

/**
 * The codes (countries and groups) whose name or aliases appear anywhere in the given texts.
 * One pass over the text for all names at once: at each word start a lookahead reports the
 * longest name there, and any other name that is a whole-word prefix of it (so "Central Asia"
 * still counts for a name "Central" if there were one) is credited too.
 */
export function codesMentioned(texts: readonly string[], countries: CountriesFile): Set<string> {
  const codesOfTerm = new Map<string, string[]>();
  for (const entity of [...countries.countries, ...countries.groups])
    for (const term of cleanTerms([entity.name, ...entity.aliases]))
      codesOfTerm.set(term, [...(codesOfTerm.get(term) ?? []), entity.code]);
  const terms = cleanTerms([...codesOfTerm.keys()]);
  const found = new Set<string>();
  if (terms.length === 0) return found;
  const wordPrefixes = (term: string) =>
    terms.filter(
      (t) => t.length < term.length && term.startsWith(t) && !/[\p{L}\p{N}]/u.test(term.charAt(t.length)),
    );
  const pattern = new RegExp(`${WORD_BEFORE}(?=(${terms.map(escapeRegExp).join('|')})${WORD_AFTER})`, 'gu');
  const seen = new Set<string>();
  for (const text of texts) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // A zero-width match: step past it, or exec would find the same spot forever.
      pattern.lastIndex = match.index + 1;
      const term = match[1] as string;
      if (seen.has(term)) continue;
      seen.add(term);
      for (const t of [term, ...wordPrefixes(term)])
        for (const code of codesOfTerm.get(t) ?? []) found.add(code);
    }
  }
  return found;
}
