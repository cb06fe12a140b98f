import type { CountriesFile, PlaceFeature } from '../data/schema';

// The one text scanner: where the text names a country, a group or a place. Every search goes
// through one pattern builder (whole words, case-sensitive, the longest name first where two
// start together) and, where the same texts are searched again and again, through one index of
// every occurrence (MentionIndex). Shared by the filter (which countries does the text mention at
// all?), the reader (mark and count each mention of a selected country) and the map (shade
// countries by how often the articles mention them).

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

// MentionIndex. Counting mentions of the selected countries in every article on every filter change means
// scanning all the text each time: at 10,000 projects that is 20,000 paragraphs per click. This
// index scans once for every name that could ever be selected, remembering where each occurs;
// a selection then only walks the occurrences of its own names.

/** Every whole-word occurrence of any indexed term in one text, in order of start. */
interface Occurrences {
  starts: number[];
  ends: number[];
  /** Index into the term list. */
  terms: number[];
}

export class MentionIndex {
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

  /** The indexed terms that occur anywhere, whole-word, in any of the texts. */
  termsFound(): Set<string> {
    const found = new Set<string>();
    for (const { terms } of this.perText) for (const id of terms) found.add(this.terms[id] as string);
    return found;
  }

  /**
   * How many times text `index` mentions any of `terms`, counted as findTerms counts: at each
   * position the longest name wins, and matches never overlap. Terms not indexed count nothing.
   */
  count(index: number, terms: readonly string[]): number {
    const occurrences = this.perText[index];
    if (occurrences === undefined) return 0;
    const wanted = new Set<number>();
    for (const t of terms) {
      const id = this.termIds.get(t);
      if (id !== undefined) wanted.add(id);
    }
    // Occurrences at one position come longest first, so the first wanted one is the match a
    // scan would take; anything starting before its end is inside it.
    let count = 0;
    let cursor = -1;
    const { starts, ends, terms: ids } = occurrences;
    for (let i = 0; i < starts.length; i++) {
      if (!wanted.has(ids[i] as number) || (starts[i] as number) < cursor) continue;
      count++;
      cursor = ends[i] as number;
    }
    return count;
  }

  /**
   * How many times each of `terms` occurs across every text, counted as one scan for all of them
   * would count: at each position the longest wanted name wins, and matches never overlap.
   */
  countEach(terms: readonly string[]): Map<string, number> {
    const wanted = new Set<number>();
    for (const t of terms) {
      const id = this.termIds.get(t);
      if (id !== undefined) wanted.add(id);
    }
    const counts = new Map<string, number>();
    for (const { starts, ends, terms: ids } of this.perText) {
      let cursor = -1;
      for (let i = 0; i < starts.length; i++) {
        const id = ids[i] as number;
        if (!wanted.has(id) || (starts[i] as number) < cursor) continue;
        const term = this.terms[id] as string;
        counts.set(term, (counts.get(term) ?? 0) + 1);
        cursor = ends[i] as number;
      }
    }
    return counts;
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

/** The codes (countries and groups) whose name or aliases appear anywhere in the given texts. */
export function codesMentioned(texts: readonly string[], countries: CountriesFile): Set<string> {
  const entities = [...countries.countries, ...countries.groups];
  const index = new MentionIndex(
    [texts],
    entities.flatMap((e) => [e.name, ...e.aliases]),
  );
  const found = index.termsFound();
  return new Set(entities.filter((e) => [e.name, ...e.aliases].some((t) => found.has(t))).map((e) => e.code));
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
