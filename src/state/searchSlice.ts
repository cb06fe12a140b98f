import type { StateCreator } from 'zustand';
import type { ReaderSlice } from './readerSlice';

/** What a search can find: the four record kinds the selection knows, and articles. */
export type SearchKind = 'article' | 'figure' | 'event' | 'project' | 'place';

/** The ids a query found, by kind, for the query they answer. */
export interface SearchHits {
  query: string;
  ids: Readonly<Record<SearchKind, ReadonlySet<string>>>;
}

/** Where the reader should open an article a search found: the paragraph, and the words to find in it. */
export interface SearchFocus {
  article: string;
  paragraph: number | null;
  terms: readonly string[];
}

export interface SearchSlice {
  /** The search box's text, as typed (the link's `q`). */
  query: string;
  /** What the search index found for `query`; null before the index has answered it. */
  searchHits: SearchHits | null;
  setQuery: (query: string) => void;
  /** The search feature's answer; kept only while it answers the current query. */
  setSearchHits: (hits: SearchHits | null) => void;
  /** A search result the reader should scroll to and mark, once the article is open. */
  searchFocus: SearchFocus | null;
  /** Opens an article at the sentence a search found. */
  openSearchHit: (focus: SearchFocus) => void;
  /** The reader calls this once it has shown the sentence. */
  clearSearchFocus: () => void;
}

/** Longest query kept: longer text is cut, in the box and in the link alike. */
export const MAX_QUERY_LENGTH = 200;

export const createSearchSlice: StateCreator<SearchSlice & ReaderSlice, [], [], SearchSlice> = (
  set,
  get,
) => ({
  query: '',
  searchHits: null,
  searchFocus: null,
  openSearchHit: (focus) => set({ openArticle: focus.article, sourceFocus: null, searchFocus: focus }),
  clearSearchFocus: () => set({ searchFocus: null }),
  setQuery: (query) => {
    const next = query.slice(0, MAX_QUERY_LENGTH);
    if (next !== get().query) set({ query: next });
  },
  setSearchHits: (hits) => {
    if (hits === null || hits.query === get().query) set({ searchHits: hits });
  },
});

/** The hits for the current query, or null when there is no query or the index has not answered yet. */
export function currentHits(s: SearchSlice): SearchHits | null {
  if (s.query.trim() === '' || s.searchHits === null || s.searchHits.query !== s.query) return null;
  return s.searchHits;
}
