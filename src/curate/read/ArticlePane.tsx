import { useRef } from 'react';
import type { Candidate } from '../../../scripts/lib/extractCandidates';
import type { Article } from '../../data/schema';

interface Props {
  article: Article;
  candidates: readonly Candidate[];
  /** Called with the text the curator selected inside the article (verbatim from the page). */
  onSelectText: (text: string) => void;
}

/** One paragraph with its candidates marked: captured ones in one style, the rest in another. */
function Paragraph({
  text,
  start,
  candidates,
}: {
  text: string;
  start: number;
  candidates: readonly Candidate[];
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const c of candidates) {
    const from = c.offset - start;
    if (from < at || from >= text.length) continue;
    parts.push(text.slice(at, from));
    const captured = c.figureId !== null || c.eventId !== null;
    parts.push(
      <mark key={c.offset} className={captured ? 'wb-mark wb-mark--captured' : 'wb-mark'}>
        {c.text}
      </mark>,
    );
    at = from + c.text.length;
  }
  parts.push(text.slice(at));
  return <p>{parts}</p>;
}

/** The article as the validator reads it, with every extract candidate highlighted. */
export function ArticlePane({ article, candidates, onSelectText }: Props) {
  const box = useRef<HTMLDivElement>(null);
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
    // biome-ignore lint/a11y/noStaticElementInteractions: selecting text is the interaction; the quote field is its keyboard equivalent
    <div ref={box} className="wb-article" onMouseUp={takeSelection} onKeyUp={takeSelection}>
      <h3>{article.title}</h3>
      {article.paragraphs.map((text, i) => {
        const own = candidates.filter((c) => c.paragraph === i + 1);
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are identified by their place in the article
        const node = <Paragraph key={i} text={text} start={start} candidates={own} />;
        start += text.length + 1;
        return node;
      })}
    </div>
  );
}
