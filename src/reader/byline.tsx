import type { Article } from '../data/schema';
import { formatIsoDate } from '../lib/formatDate';

/** Publisher and date as the page gave them: an ISO date when stated, else the page's own words. */
export function bylineText(article: Pick<Article, 'publisher' | 'published' | 'publishedAsWritten'>): string {
  const date =
    article.published !== null
      ? formatIsoDate(article.published)
      : article.publishedAsWritten !== null
        ? `“${article.publishedAsWritten}”, as the page put it`
        : 'date not given';
  return `${article.publisher ?? 'Publisher not given'} · ${date}`;
}

/** The byline in markup: the publisher and the page's own date words each in a <bdi> (see lib/isolate). */
export function ArticleByline({
  article,
}: {
  article: Pick<Article, 'publisher' | 'published' | 'publishedAsWritten'>;
}) {
  const date = article.published;
  const publisher = article.publisher === null ? 'Publisher not given' : <bdi>{article.publisher}</bdi>;
  if (date !== null)
    return (
      <>
        {publisher} · <time dateTime={date}>{formatIsoDate(date)}</time>
      </>
    );
  return (
    <>
      {publisher} ·{' '}
      {article.publishedAsWritten === null ? (
        'date not given'
      ) : (
        <>
          “<bdi>{article.publishedAsWritten}</bdi>”, as the page put it
        </>
      )}
    </>
  );
}
