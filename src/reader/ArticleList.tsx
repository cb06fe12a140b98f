import { useMemo } from 'react';
import type { Article } from '../data/schema';
import { countTerms, termsForCode } from '../state/highlightTerms';
import { useAppStore } from '../state/store';
import { readyData, useLoadable } from '../state/useLoadable';
import { ArticleByline } from './byline';

/** How often each article names a selected country, a place in it, or a selected bloc. */
function useMentionCounts(articles: readonly Article[]): ReadonlyMap<string, number> | null {
  const selected = useAppStore((s) => s.countries);
  const countries = readyData(useLoadable('countries'));
  const places = readyData(useLoadable('places'));
  return useMemo(() => {
    if (selected.length === 0 || countries === null) return null;
    const terms = selected.flatMap((c) => termsForCode(c, countries, places?.features ?? []));
    return new Map(articles.map((a) => [a.id, countTerms(a.paragraphs, terms)]));
  }, [selected, countries, places, articles]);
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
                {a.title}
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
