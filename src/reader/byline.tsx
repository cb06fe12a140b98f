import type { Article } from '../data/schema';

export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Publisher and date as the page gave them: an ISO date when stated, else the page's own words. */
export function bylineText(article: Pick<Article, 'publisher' | 'published' | 'publishedAsWritten'>): string {
  const date =
    article.published !== null
      ? formatDate(article.published)
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
      {article.publisher ?? 'Publisher not given'} · <time dateTime={date}>{formatDate(date)}</time>
    </>
  );
}
