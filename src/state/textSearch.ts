import type { CountriesFile, PlaceFeature } from '../data/schema';

// The one text scanner: where the text names a country, a group or a place. Every search goes
// through one pattern builder (whole words, case-sensitive, the longest name first where two
// start together). The reader marks a selected country's names in the open article (findTerms);
// the build counts every code's mentions in every article once (mentionCounts, via MentionIndex)
// for the article index, which the filter, the map's shading and the reader's list read.

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

// MentionIndex: one scan of every text for every name that could ever be selected, remembering
// where each occurs, so the counts of all codes in all articles cost one pass over the text.

/** Every whole-word occurrence of any indexed term in one text, in order of start. */
interface Occurrences {
  starts: number[];
  ends: number[];
  /** Index into the term list. */
  terms: number[];
}

class MentionIndex {
  private readonly terms: string[];
  private readonly termIds: Map<string, number>;
  private readonly perText: Occurrences[];

  constructor(texts: readonly (readonly string[])[], allTerms: readonly string[]) {
    this.terms = cleanTerms(allTerms);
    this.termIds = new Map(this.terms.map((t, i) => [t, i]));
    const prefixes = wordPrefixIds(this.terms);
    const pattern =
      this.terms.length === 0 ? null : new RegExp(termPatternSource(this.terms, { lookahead: true }), 'gu');
    this.perText = texts.map((paragraphs) => {
      const found: Occurrences = { starts: [], ends: [], terms: [] };
      if (pattern === null) return found;
      let offset = 0;
      for (const text of paragraphs) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
          // A zero-width match: step past it, or exec would stop at the same spot forever.
          pattern.lastIndex = match.index + 1;
          const longest = this.termIds.get(match[1] as string) as number;
          for (const id of [longest, ...(prefixes[longest] ?? [])]) {
            found.starts.push(offset + match.index);
            found.ends.push(offset + match.index + (this.terms[id] as string).length);
            found.terms.push(id);
          }
        }
        // Paragraphs never run into each other: a gap keeps a match from spanning two.
        offset += text.length + 1;
      }
      return found;
    });
  }

  /**
   * How many times each indexed term occurs in text `index`, counted as one scan for every term
   * would count: at each position the longest name wins, and matches never overlap.
   */
  countEachIn(index: number): Map<string, number> {
    const counts = new Map<string, number>();
    const occurrences = this.perText[index];
    if (occurrences === undefined) return counts;
    const { starts, ends, terms: ids } = occurrences;
    let cursor = -1;
    for (let i = 0; i < starts.length; i++) {
      if ((starts[i] as number) < cursor) continue;
      const term = this.terms[ids[i] as number] as string;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      cursor = ends[i] as number;
    }
    return counts;
  }
}

/**
 * Whole-word mentions of each country and group code in each text (a text is a list of strings:
 * an article's title and paragraphs). A code is named by its name, its aliases and the places in
 * it (termsForCode); at each position the longest name wins and counts for every code it names.
 * Codes never named are absent. The article index is built with this, once per data set.
 */
export function mentionCounts(
  texts: readonly (readonly string[])[],
  countries: CountriesFile,
  places: readonly PlaceFeature[],
): Record<string, number>[] {
  const codesOfTerm = new Map<string, string[]>();
  for (const { code } of [...countries.countries, ...countries.groups])
    for (const term of termsForCode(code, countries, places))
      codesOfTerm.set(term, [...(codesOfTerm.get(term) ?? []), code]);
  const index = new MentionIndex(texts, [...codesOfTerm.keys()]);
  return texts.map((_, i) => {
    const counts: Record<string, number> = {};
    for (const [term, n] of index.countEachIn(i))
      for (const code of codesOfTerm.get(term) ?? []) counts[code] = (counts[code] ?? 0) + n;
    return counts;
  });
}
