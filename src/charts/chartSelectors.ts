import type { ArticleMeta } from '../data/schema';
import { memoLast } from '../lib/memo';
import { selectFileData } from '../state/records';
import type { AppState } from '../state/store';

// Slice-free selectors the charts need on top of the shared ones: titles for article ids, and the
// shared names for codes. Each is memoised on its input so components can select it directly.

/** Country and group names by code ("CAS" → "Central Asia"): the shared name map. */
export { selectEntityNames } from '../state/selectors';

const titlesFor = memoLast(
  (articles: readonly Pick<ArticleMeta, 'id' | 'title'>[] | null): ReadonlyMap<string, string> => {
    return new Map((articles ?? []).map((a) => [a.id, a.title]));
  },
);

/** Article titles by article id. */
export const selectArticleTitles = (s: AppState): ReadonlyMap<string, string> =>
  titlesFor(selectFileData(s, 'articles'));
