import { type ReactNode, useId, useRef } from 'react';
import type { Article } from '../../data/schema';
import type { Pick } from '../drafts';

interface Props {
  article: Article;
  picks: readonly Pick[];
  /** Called with the text the curator selected inside the article (verbatim from the page). */
  onSelectText: (text: string) => void;
}

/** One paragraph with its numbers and dates marked: captured ones in one style, the rest in another. */
function Paragraph({ text, start, picks }: { text: string; start: number; picks: readonly Pick[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const p of picks) {
    const from = p.offset - start;
    if (from < at || from >= text.length) continue;
    parts.push(text.slice(at, from));
    parts.push(
      <mark key={p.offset} className={p.capturedBy === null ? 'wb-mark' : 'wb-mark wb-mark--captured'}>
        {text.slice(from, from + p.text.length)}
      </mark>,
    );
    at = from + p.text.length;
  }
  parts.push(text.slice(at));
  return <p>{parts}</p>;
}

/** The article as the validator reads it, with every extract candidate highlighted. */
export function ArticlePane({ article, picks, onSelectText }: Props) {
  const box = useRef<HTMLElement>(null);
  const headingId = useId();
  const takeSelection = () => {
    const selection = window.getSelection();
    if (selection === null || selection.isCollapsed || box.current === null) return;
    const range = selection.getRangeAt(0);
    if (!box.current.contains(range.commonAncestorContainer)) return;
    const text = selection
      .toString()
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (text !== '') onSelectText(text);
  };
  let start = 0;
  return (
    // A long article scrolls inside its pane: a named region in the tab order, so the keyboard can
    // scroll it too. Selecting text is the interaction; the quote field is its keyboard equivalent.
    <section
      ref={box}
      className="wb-article"
      aria-labelledby={headingId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      onMouseUp={takeSelection}
      onKeyUp={takeSelection}
    >
      <h3 id={headingId}>{article.title}</h3>
      {article.paragraphs.map((text, i) => {
        const end = start + text.length;
        const own = picks.filter((p) => p.offset >= start && p.offset < end);
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are identified by their place in the article
        const node = <Paragraph key={i} text={text} start={start} picks={own} />;
        start = end + 1;
        return node;
      })}
    </section>
  );
}
