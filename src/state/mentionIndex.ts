import type { CountriesFile } from '../data/schema';
import { cleanTerms, termPatternSource, wordPrefixIds } from './highlightTerms';

// Counting mentions of the selected countries in every article on every filter change means
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
