import type { ArticleEntry } from '../data/schema';
import { selectArticleMentions } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ArticleByline } from './byline';

/** The articles behind every figure; each opens in full in the reader. */
export function ArticleList({
  articles,
  openId,
}: {
  articles: readonly ArticleEntry[];
  openId: string | null;
}) {
  const openArticleById = useAppStore((s) => s.openArticleById);
  // How often each article names the selected countries, from the article index.
  const mentions = useAppStore(selectArticleMentions);
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
