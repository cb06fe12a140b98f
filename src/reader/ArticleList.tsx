import { useMemo } from 'react';
import type { Article } from '../data/schema';
import { selectFileData, selectRecords } from '../state/records';
import { selectMentionIndex } from '../state/selectors';
import { useAppStore } from '../state/store';
import { termsForCode } from '../state/textSearch';
import { ArticleByline } from './byline';

/** How often each article names a selected country, a place in it, or a selected bloc. */
function useMentionCounts(articles: readonly Article[]): ReadonlyMap<string, number> | null {
  const selected = useAppStore((s) => s.countries);
  const countries = useAppStore((s) => selectFileData(s, 'countries'));
  const places = useAppStore((s) => selectRecords(s, 'places'));
  // Indexed on the first selection, once per data set: later filter changes only walk it.
  const index = useAppStore((s) => (s.countries.length > 0 ? selectMentionIndex(s) : null));
  return useMemo(() => {
    if (selected.length === 0 || countries === null || index === null) return null;
    const terms = selected.flatMap((c) => termsForCode(c, countries, places));
    return new Map(articles.map((a, i) => [a.id, index.count(i, terms)]));
  }, [selected, countries, places, articles, index]);
}

/** The articles behind every figure; each opens in full in the reader. */
export function ArticleList({ articles, openId }: { articles: readonly Article[]; openId: string | null }) {
  const openArticleById = useAppStore((s) => s.openArticleById);
  const mentions = useMentionCounts(articles);
  return (
    <ul className={`article-list${openId === null ? '' : ' is-compact'}`}>
      {articles.map((a) => {
        const count = mentions?.get(a.id);
        return (
          <li key={a.id}>
            <h3>
              <button
                type="button"
                className="article-link"
                aria-current={a.id === openId ? 'true' : undefined}
                onClick={() => openArticleById(a.id === openId ? null : a.id)}
              >
                <bdi>{a.title}</bdi>
              </button>
            </h3>
            <p className="muted article-meta">
              <ArticleByline article={a} />
              {count !== undefined && (
                <span className="mention-count">
                  {' · '}
                  {count === 0 ? 'no mention' : count === 1 ? '1 mention' : `${count} mentions`} of the
                  selected countries
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
