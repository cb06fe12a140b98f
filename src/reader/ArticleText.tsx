import { type KeyboardEvent, type MouseEvent, memo, useMemo, useRef } from 'react';
import { findTerms, type TextRange } from '../state/textSearch';
import { buildRuns, type QuoteRange, type RunPart } from './highlight';
import type { SourceEntry } from './sources';
import { chunkStarts, type NearObserver, SECTION_CHUNKS, useNearChunks } from './useNearChunks';

interface ArticleTextProps {
  paragraphs: readonly string[];
  /** Each paragraph's record quotes. */
  ranges: readonly QuoteRange[][];
  /** Names of the selected countries, marked in the chunks near the screen. */
  terms: readonly string[];
  sources: ReadonlyMap<string, SourceEntry>;
  selectedKey: string | null;
  /** Called with the keys of the records a mark stands for, most specific first. */
  onActivate: (keys: readonly string[]) => void;
  /** How chunks near the screen are found; the default measures them after each scroll. */
  observeNear?: NearObserver | null;
  /** The sentence a search opened the article at, marked until another is. */
  hit?: { paragraph: number; range: TextRange } | null;
}

const NO_TERMS: readonly string[] = [];

const keysOf = (element: Element | null): string[] =>
  element?.closest('[data-keys]')?.getAttribute('data-keys')?.split(' ') ?? [];

/**
 * The article's text with each record's quote in a <mark>. The mark where a quote begins is a
 * focusable button named after the record(s); the rest of a long quote is marked and clickable too.
 * Mentions of selected countries are marked only in the chunks near the screen (useNearChunks).
 */
export function ArticleText(props: ArticleTextProps) {
  const { paragraphs, ranges, terms, sources, selectedKey, onActivate, hit = null } = props;
  const container = useRef<HTMLDivElement>(null);
  const starts = useMemo(() => chunkStarts(paragraphs), [paragraphs]);
  const chunkKeys = useMemo(
    () =>
      starts.map((start, c) => {
        const end = starts[c + 1] ?? paragraphs.length;
        return new Set(ranges.slice(start, end).flatMap((list) => list.map((r) => r.key)));
      }),
    [starts, ranges, paragraphs],
  );
  const sections = useMemo(() => starts.flatMap((_, c) => (c % SECTION_CHUNKS === 0 ? [c] : [])), [starts]);
  const near = useNearChunks(container, starts.length, props.observeNear);

  // Both handlers are delegated from the marks, so the chunks carry no callbacks and a filter
  // change re-renders only the chunks whose marks change.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const keys = keysOf(event.target instanceof Element ? event.target : null);
    if (keys.length > 0) onActivate(keys);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.getAttribute('role') !== 'button') return;
    event.preventDefault();
    onActivate(keysOf(target));
  };

  return (
    // Keyboard users reach every record through the focusable mark where its quote begins; these
    // handlers serve the marks inside, and let a pointer click anywhere inside a long quote.
    // biome-ignore lint/a11y/noStaticElementInteractions: events are delegated from the marks
    <div className="article-text" ref={container} onClick={onClick} onKeyDown={onKeyDown}>
      {sections.map((first) => (
        <div key={first} className="article-section">
          {starts.slice(first, first + SECTION_CHUNKS).map((start, i) => {
            const c = first + i;
            return (
              <Chunk
                key={start}
                index={c}
                paragraphs={paragraphs}
                ranges={ranges}
                start={start}
                end={starts[c + 1] ?? paragraphs.length}
                terms={near === null || near.has(c) ? terms : NO_TERMS}
                selectedKey={selectedKey !== null && chunkKeys[c]?.has(selectedKey) ? selectedKey : null}
                sources={sources}
                hit={hit}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}

interface ChunkProps {
  index: number;
  paragraphs: readonly string[];
  ranges: readonly QuoteRange[][];
  start: number;
  end: number;
  terms: readonly string[];
  selectedKey: string | null;
  sources: ReadonlyMap<string, SourceEntry>;
  hit: { paragraph: number; range: TextRange } | null;
}

/** A few screens of paragraphs; memoized, so only chunks whose marks change render again. */
const Chunk = memo(function Chunk({
  index,
  paragraphs,
  ranges,
  start,
  end,
  terms,
  selectedKey,
  sources,
  hit,
}: ChunkProps) {
  const hitHere = hit !== null && hit.paragraph >= start && hit.paragraph < end ? hit : null;
  const runs = useMemo(
    () =>
      paragraphs
        .slice(start, end)
        .map((text, i) =>
          buildRuns(
            text,
            ranges[start + i] ?? [],
            findTerms(text, terms),
            hitHere?.paragraph === start + i ? hitHere.range : null,
          ),
        ),
    [paragraphs, ranges, start, end, terms, hitHere],
  );
  return (
    <div className="article-chunk" data-chunk={index}>
      {runs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed text in fixed order
        <p key={start + i}>
          {paragraph.map((run) => {
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
              >
                <Parts parts={run.parts} />
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});

function Parts({ parts }: { parts: readonly RunPart[] }) {
  return parts.map((part, i) => {
    if (!part.mention && !part.hit) return part.text;
    const className = [part.mention ? 'mention' : '', part.hit ? 'search-hit' : ''].join(' ').trim();
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional slices of fixed text
      <mark key={i} className={className}>
        {part.text}
      </mark>
    );
  });
}
