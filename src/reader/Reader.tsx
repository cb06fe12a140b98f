import { useLeftOut } from '../state/leftOut';
import { useAppStore } from '../state/store';
import { useLoadable } from '../state/useLoadable';
import { LeftOutNote } from '../ui/LeftOutNote';
import { ProblemList } from '../ui/ProblemList';
import './reader.css';
import { ArticleList } from './ArticleList';
import { ArticleView } from './ArticleView';

/** The list of articles, and the open one in full beneath it. */
export function Reader() {
  const articles = useLoadable('articles');
  const openId = useAppStore((s) => s.openArticle);
  const leftOut = useLeftOut('articles');
  if (articles.status === 'loading') return <p className="muted">Loading articles…</p>;
  if (articles.status === 'error')
    return <ProblemList title="The articles could not be loaded." problems={articles.problems} />;
  if (articles.data.length === 0) return <p>No articles in this data set.</p>;
  const open = articles.data.find((a) => a.id === openId) ?? null;
  return (
    <div className="reader">
      <LeftOutNote items={leftOut} />
      <nav aria-label="Articles">
        <ArticleList openId={open?.id ?? null} />
      </nav>
      {open === null ? (
        <p className="muted reader-hint">
          Open an article to read it in full, with the source of every figure marked.
        </p>
      ) : (
        <ArticleView key={open.id} article={open} />
      )}
    </div>
  );
}
