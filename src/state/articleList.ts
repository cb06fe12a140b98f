import type { ArticleMeta } from '../data/schema';
import { memoLast, memoRecent } from '../lib/memo';
import { selectRecords } from './records';
import { currentHits, type SearchHits } from './searchSlice';
import { FILTER_STATES_KEPT, selectArticleMentions } from './selectors';
import type { AppState } from './store';
import { articleInRange, isRangeSet, type TimeRange } from './timeRange';

// The reader's list of articles: newest first, narrowed by the country filter (articles that name
// a selected country), the time range and the search. The list reads only the article index.

export type ListedArticle = Pick<
  ArticleMeta,
  'id' | 'title' | 'publisher' | 'published' | 'publishedAsWritten' | 'byline'
>;

/** Newest first; articles without a date last; ties by title, then id, so the order is stable. */
export function compareNewestFirst(a: ListedArticle, b: ListedArticle): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const articlesOf = (s: AppState): readonly ListedArticle[] => selectRecords(s, 'articles');

const sortedFor = memoLast((articles: readonly ListedArticle[]) => [...articles].sort(compareNewestFirst));

// Kept for the last few filter states, as the mentions are (selectors.ts): going back to a
// filter gives the same list, so the reader's rows do not re-render.
const namingFor = memoRecent(
  (
    sorted: readonly ListedArticle[],
    mentions: ReadonlyMap<string, number> | null,
  ): readonly ListedArticle[] =>
    mentions === null ? sorted : sorted.filter((a) => (mentions.get(a.id) ?? 0) > 0),
  FILTER_STATES_KEPT,
);

const listedFor = memoRecent(
  (naming: readonly ListedArticle[], range: TimeRange, hits: SearchHits | null): readonly ListedArticle[] => {
    if (!isRangeSet(range) && hits === null) return naming;
    return naming.filter(
      (a) => (hits === null || hits.ids.article.has(a.id)) && articleInRange(a, range) !== 'out',
    );
  },
  FILTER_STATES_KEPT,
);

/** Every article, newest first. */
export const selectArticlesNewestFirst = (s: AppState): readonly ListedArticle[] => sortedFor(articlesOf(s));

/** Articles that name a selected country (all of them with none selected), newest first. */
export const selectArticlesForCountries = (s: AppState): readonly ListedArticle[] =>
  namingFor(selectArticlesNewestFirst(s), selectArticleMentions(s));

/** The articles the country filter, the time range and the search keep (undated ones included), newest first. */
export const selectListedArticles = (s: AppState): readonly ListedArticle[] =>
  listedFor(selectArticlesForCountries(s), s.range, currentHits(s));

const undatedFor = memoLast((listed: readonly ListedArticle[], range: TimeRange) =>
  isRangeSet(range) ? listed.filter((a) => a.published === null).length : 0,
);
/** Listed articles whose page states no date, while a range is set ("date not stated"). */
export const selectUndatedArticleCount = (s: AppState): number =>
  undatedFor(selectListedArticles(s), s.range);
