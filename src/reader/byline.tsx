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

export function ArticleByline({ article }: { article: Article }) {
  const date = article.published;
  if (date === null) return bylineText(article);
  return (
    <>
      {article.publisher ?? 'Publisher not given'} · <time dateTime={date}>{formatIsoDate(date)}</time>
    </>
  );
}
