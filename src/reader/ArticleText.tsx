import type { KeyboardEvent, MouseEvent } from 'react';
import type { Run, RunPart } from './highlight';
import type { SourceEntry } from './sources';

interface ArticleTextProps {
  paragraphs: readonly Run[][];
  sources: ReadonlyMap<string, SourceEntry>;
  selectedKey: string | null;
  /** Called with the keys of the records a mark stands for, most specific first. */
  onActivate: (keys: readonly string[]) => void;
}

function Parts({ parts }: { parts: readonly RunPart[] }) {
  return parts.map((part, i) =>
    part.mention ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional slices of fixed text
      <mark key={i} className="mention">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

const keysOf = (element: Element | null): string[] =>
  element?.closest('[data-keys]')?.getAttribute('data-keys')?.split(' ') ?? [];

/**
 * The article's text with each record's quote in a <mark>. The mark where a quote begins is a
 * focusable button named after the record(s); the rest of a long quote is marked and clickable too.
 */
export function ArticleText({ paragraphs, sources, selectedKey, onActivate }: ArticleTextProps) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const keys = keysOf(event.target instanceof Element ? event.target : null);
    if (keys.length > 0) onActivate(keys);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, keys: readonly string[]) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate(keys);
  };

  return (
    // Keyboard users reach every record through the focusable mark where its quote begins; this
    // handler only lets a pointer click anywhere inside a long quote as well.
    // biome-ignore lint/a11y/useKeyWithClickEvents: marks handle their own keys
    // biome-ignore lint/a11y/noStaticElementInteractions: the click is delegated from the marks
    <div className="article-text" onClick={onClick}>
      {paragraphs.map((runs, p) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed text in fixed order
        <p key={p}>
          {runs.map((run) => {
            if (run.keys.length === 0) return <Parts key={run.start} parts={run.parts} />;
            const selected = selectedKey !== null && run.keys.includes(selectedKey);
            const className = `source${selected ? ' is-selected' : ''}`;
            if (run.heads.length === 0)
              return (
                <mark key={run.start} className={className} data-keys={run.keys.join(' ')}>
                  <Parts parts={run.parts} />
                </mark>
              );
            const names = run.heads.map((k) => sources.get(k)?.name ?? k);
            const text = run.parts.map((part) => part.text).join('');
            return (
              // A real <button> would lay a long quote out as one unbreakable box; a mark with the
              // button role wraps like the text it is, and ARIA in HTML allows any role on mark.
              // biome-ignore lint/a11y/useSemanticElements: see above
              <mark
                key={run.start}
                className={className}
                data-keys={run.keys.join(' ')}
                data-head={run.heads.join(' ')}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above
                role="button"
                tabIndex={0}
                aria-current={selected ? true : undefined}
                aria-label={`Source of: ${names.join('; and of: ')} — “${text}”`}
                onKeyDown={(e) => onKeyDown(e, run.keys)}
              >
                <Parts parts={run.parts} />
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
