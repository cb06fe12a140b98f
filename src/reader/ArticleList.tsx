import { useId, useMemo, useState } from 'react';
import { formatCount } from '../lib/formatValue';
import { type ListedArticle, selectArticlesNewestFirst, selectListedArticles } from '../state/articleList';
import { selectArticleMentions } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ArticleByline } from './byline';
import { listSummary, publishersOf } from './listSummary';

/** Rows per page: the list never puts more than this many articles in the page. */
export const PAGE_SIZE = 20;

/**
 * The articles, newest first, narrowed by the country filter, the time range, the search and a
 * publisher, a page at a time; each opens in full in the reader.
 */
export function ArticleList({ openId }: { openId: string | null }) {
  const id = useId();
  const openArticleById = useAppStore((s) => s.openArticleById);
  const all = useAppStore(selectArticlesNewestFirst);
  const listed = useAppStore(selectListedArticles);
  const range = useAppStore((s) => s.range);
  const query = useAppStore((s) => (s.searchHits?.query === s.query ? s.query : ''));
  const [publisher, setPublisher] = useState<string | null>(null);
  const [paging, setPaging] = useState<{ list: readonly ListedArticle[]; page: number } | null>(null);
  const publishers = useMemo(() => publishersOf(all), [all]);
  const shown = useMemo(
    () => (publisher === null ? listed : listed.filter((a) => (a.publisher ?? '') === publisher)),
    [listed, publisher],
  );
  // A page belongs to the list it was turned in: a new narrowing starts again at the newest.
  const page = paging?.list === shown ? paging.page : 0;
  const setPage = (n: number) => setPaging({ list: shown, page: n });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  // How often each article names the selected countries, from the article index.
  const mentions = useAppStore(selectArticleMentions);

  return (
    <>
      <div className="article-tools">
        <p className="muted article-summary">
          {listSummary({
            shown,
            total: all.length,
            first: current * PAGE_SIZE,
            rows: rows.length,
            range,
            query,
            countries: mentions !== null,
          })}
        </p>
        {publishers.length > 1 && (
          <span className="article-publisher">
            <label htmlFor={`${id}-publisher`}>Publisher</label>{' '}
            <select
              id={`${id}-publisher`}
              value={publisher ?? '*'}
              onChange={(e) => setPublisher(e.target.value === '*' ? null : e.target.value)}
            >
              <option value="*">All publishers</option>
              {publishers.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      <ul className={`article-list${openId === null ? '' : ' is-compact'}`}>
        {rows.map((a) => {
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
                    {count === 1 ? '1 mention' : `${formatCount(count)} mentions`} of the selected countries
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {pages > 1 && (
        <div className="article-pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Newer
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Older
          </button>
        </div>
      )}
    </>
  );
}
