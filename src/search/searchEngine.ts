import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchKind } from '../state/searchSlice';
import {
  parseDocId,
  SEARCH_INDEX_OPTIONS,
  type SearchDocument,
  type SearchIndexFile,
} from './searchDocuments';

// The search index, fetched and loaded once, on first use. Everything here runs in a chunk of its
// own (with MiniSearch): the first view carries none of it.

/** One thing a query found. */
export interface Found {
  kind: SearchKind;
  id: string;
  /** The paragraph to open an article at; null for its title or byline. */
  paragraph: number | null;
  /** The index's words that matched, as the index holds them (lower case). */
  terms: string[];
  score: number;
}

export interface SearchEngine {
  /** Every hit for the query, best first: an article once, at its best paragraph. */
  search: (query: string) => Found[];
}

/** Whole words, all of them in one document; the word being typed also as a prefix. */
const QUERY_OPTIONS = {
  combineWith: 'AND',
  prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
  fuzzy: (term: string) => (term.length > 5 ? 0.15 : false),
  boost: { title: 3, label: 2, name: 3 },
} as const;

export function engineFromFile(file: SearchIndexFile): SearchEngine {
  const index = MiniSearch.loadJS<SearchDocument>(file.index, SEARCH_INDEX_OPTIONS);
  return { search: (query) => collect(index.search(query, QUERY_OPTIONS), file.articles) };
}

function collect(results: readonly SearchResult[], articles: readonly string[]): Found[] {
  const out: Found[] = [];
  const articleAt = new Map<string, Found>();
  for (const r of results) {
    const ref = parseDocId(String(r.id));
    if (ref === null) continue;
    if (ref.kind !== 'article') {
      out.push({ kind: ref.kind, id: ref.id, paragraph: null, terms: r.terms, score: r.score });
      continue;
    }
    const id = articles[ref.article];
    if (id === undefined) continue;
    const known = articleAt.get(id);
    if (known === undefined) {
      const found: Found = { kind: 'article', id, paragraph: ref.paragraph, terms: r.terms, score: r.score };
      articleAt.set(id, found);
      out.push(found);
    } else {
      // Results come best first: the first hit names the paragraph, later ones add their words.
      for (const t of r.terms) if (!known.terms.includes(t)) known.terms.push(t);
      if (known.paragraph === null) known.paragraph = ref.paragraph;
    }
  }
  return out;
}

let loading: Promise<SearchEngine> | null = null;

/** The engine for the data at `base`, fetched once; a failed fetch is tried again on the next call. */
export function loadSearchEngine(base: string): Promise<SearchEngine> {
  loading ??= fetch(`${base}search-index.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`the search index could not be loaded (${response.status})`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(engineFromFile)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
