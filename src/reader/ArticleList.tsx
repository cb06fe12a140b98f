import { useLoadable } from '../state/useLoadable';
import { ProblemList } from '../ui/ProblemList';

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The articles behind every figure, with publisher and date as the page gave them. */
export function ArticleList() {
  const articles = useLoadable('articles');
  if (articles.status === 'loading') return <p className="muted">Loading articles…</p>;
  if (articles.status === 'error')
    return <ProblemList title="The articles could not be loaded." problems={articles.problems} />;
  if (articles.data.length === 0) return <p>No articles in this data set.</p>;
  return (
    <ul className="article-list">
      {articles.data.map((a) => (
        <li key={a.id}>
          <h3>{a.title}</h3>
          <p className="muted">
            {a.publisher ?? 'Publisher not given'}
            {' · '}
            {a.published !== null ? formatDate(a.published) : (a.publishedAsWritten ?? 'date not given')}
          </p>
        </li>
      ))}
    </ul>
  );
}
