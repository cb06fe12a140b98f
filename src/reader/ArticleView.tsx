import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { ArticleEntry } from '../data/schema';
import { formatCount } from '../lib/formatValue';
import { isolateText } from '../lib/isolate';
import { selectBody, selectBodyChunk } from '../state/records';
import { useAppStore } from '../state/store';
import '../ui/quietButton.css';
import { ArticleText } from './ArticleText';
import { ArticleByline } from './byline';
import { findHit } from './searchHit';
import { nextRecord, refKey } from './sources';
import { useArticleMarks } from './useArticleMarks';

/**
 * One article in full. Its text is fetched when it opens (with the others of its chunk); until
 * then the reader says so, and says why if it cannot be had. Activating a mark selects its record
 * for every view; a "show source" request from elsewhere (sourceFocus) scrolls to the quote,
 * highlights it and moves focus there.
 */
export function ArticleView({ article }: { article: ArticleEntry }) {
  const titleId = useId();
  const bodyRef = useRef<HTMLElement>(null);
  const openArticleById = useAppStore((s) => s.openArticleById);
  const requestBodies = useAppStore((s) => s.requestBodies);
  const chunk = useAppStore((s) => selectBodyChunk(s, article.id));
  const paragraphs = useAppStore((s) => selectBody(s, article.id));
  useEffect(() => requestBodies([article.id]), [article.id, requestBodies]);

  return (
    <article className="reader-article" aria-labelledby={titleId}>
      <header className="reader-head">
        <div>
          <h3 id={titleId} className="reader-title">
            <bdi>{article.title}</bdi>
          </h3>
          <p className="muted byline">
            <ArticleByline article={article} />
          </p>
        </div>
        <button type="button" className="quiet-button close-article" onClick={() => openArticleById(null)}>
          Close article
        </button>
      </header>
      <p className="reader-legend">
        <mark className="source legend-swatch">Marked</mark> words are the source of a figure, project, place
        or event: select one to show it in every view.
        {/* The country legend appears only when it applies. */}
        <CountryLegend />
      </p>
      <section ref={bodyRef} className="reader-body" tabIndex={-1} aria-label={`Text of ${article.title}`}>
        {paragraphs !== undefined ? (
          <MarkedText articleId={article.id} paragraphs={paragraphs} bodyRef={bodyRef} />
        ) : chunk?.status === 'error' ? (
          <p role="alert" className="problem-panel">
            The text of this article could not be loaded: {chunk.message}.
          </p>
        ) : chunk?.status === 'ready' ? (
          <p role="alert" className="problem-panel">
            The text of this article is missing from the data that was loaded.
          </p>
        ) : (
          <p className="muted">Loading the text ({plural(article.paragraphCount, 'paragraph')})…</p>
        )}
      </section>
    </article>
  );
}

const plural = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/** The text with its marks, once loaded; answers "show source" requests for it. */
function MarkedText(props: {
  articleId: string;
  paragraphs: readonly string[];
  bodyRef: RefObject<HTMLElement | null>;
}) {
  const { articleId, paragraphs, bodyRef } = props;
  // The quotes, terms and sources the text is marked with go to ArticleText as they come.
  const { missing, complete, ...marks } = useArticleMarks(articleId, paragraphs);
  const selection = useAppStore((s) => s.selection);
  const sourceFocus = useAppStore((s) => s.sourceFocus);
  const select = useAppStore((s) => s.select);
  const clearSourceFocus = useAppStore((s) => s.clearSourceFocus);
  const selectedKey = selection === null ? null : refKey(selection);
  const hit = useSearchHit(articleId, paragraphs, bodyRef);

  useEffect(() => {
    if (sourceFocus === null || !complete) return;
    const key = refKey(sourceFocus);
    const heads = bodyRef.current?.querySelectorAll<HTMLElement>('[data-head]') ?? [];
    const target = [...heads].find((el) => el.dataset.head?.split(' ').includes(key)) ?? bodyRef.current;
    // jsdom has no layout, hence no scrollIntoView: focus still moves.
    target?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
    target?.focus({ preventScroll: true });
    clearSourceFocus();
  }, [sourceFocus, complete, clearSourceFocus, bodyRef]);

  const activate = (keys: readonly string[]) => {
    const key = nextRecord(keys, selectedKey);
    const entry = key === null ? undefined : marks.sources.get(key);
    if (entry !== undefined) select(entry.ref);
  };

  return (
    <>
      <ArticleText
        {...marks}
        paragraphs={paragraphs}
        selectedKey={selectedKey}
        onActivate={activate}
        hit={hit}
      />
      {missing.length > 0 && (
        <p className="problem-panel">
          Not found in this text: the quotes for {missing.map((m) => isolateText(m.name)).join('; ')}.
        </p>
      )}
    </>
  );
}

type Hit = ReturnType<typeof findHit>;

/**
 * The sentence a search opened this article at: found once the text is in and the search asks,
 * marked until the next search, and scrolled to with focus on the text.
 */
function useSearchHit(
  articleId: string,
  paragraphs: readonly string[],
  bodyRef: RefObject<HTMLElement | null>,
): Hit {
  const searchFocus = useAppStore((s) => (s.searchFocus?.article === articleId ? s.searchFocus : null));
  const clearSearchFocus = useAppStore((s) => s.clearSearchFocus);
  const [hit, setHit] = useState<Hit>(null);
  const [seek, setSeek] = useState(0);
  useEffect(() => {
    if (searchFocus === null) return;
    setHit(findHit(paragraphs, searchFocus.paragraph, searchFocus.terms));
    setSeek((n) => n + 1);
    clearSearchFocus();
  }, [searchFocus, paragraphs, clearSearchFocus]);
  useEffect(() => {
    if (seek === 0) return;
    const target = bodyRef.current?.querySelector<HTMLElement>('.search-hit') ?? bodyRef.current;
    target?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
    // The body is focusable: focus goes to the text, with the marked sentence on screen.
    bodyRef.current?.focus({ preventScroll: true });
  }, [seek, bodyRef]);
  return hit;
}

function CountryLegend() {
  const any = useAppStore((s) => s.countries.length > 0);
  if (!any) return null;
  return (
    <>
      {' '}
      <mark className="mention legend-swatch">Underlined</mark> words name a selected country or a place in
      it.
    </>
  );
}
