import { type RefObject, useEffect, useState } from 'react';

// Marking every mention in a 10 MB article means a hundred thousand <mark> elements, and a filter
// click that builds them all froze the page for seconds. The article is cut into chunks of a few
// screens each; only chunks on screen or within a screen of it get their mentions marked, and the
// rest follow as they scroll near. Quotes (the source marks) stay marked everywhere: there are few,
// and "show source" must find them.

/** Paragraphs are grouped into chunks of at least this many characters (a paragraph is never split). */
export const CHUNK_CHARS = 4000;

/** Start index of each chunk in `paragraphs`. */
export function chunkStarts(paragraphs: readonly string[], chunkChars = CHUNK_CHARS): number[] {
  const starts: number[] = [];
  let size = chunkChars;
  paragraphs.forEach((p, i) => {
    if (size >= chunkChars) {
      starts.push(i);
      size = 0;
    }
    size += p.length;
  });
  return starts;
}

/** Watches elements and reports which are near the screen; returns a function that stops watching. */
export type NearObserver = (
  container: HTMLElement,
  targets: readonly Element[],
  report: (changes: readonly { target: Element; near: boolean }[]) => void,
) => () => void;

/** The nearest ancestor that scrolls vertically, or null for the page. */
function scrollBoxOf(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at !== null; at = at.parentElement)
    if (['auto', 'scroll'].includes(getComputedStyle(at).overflowY)) return at;
  return null;
}

/**
 * The browser's IntersectionObserver, over the reader's own scroll box when it has one (desktop)
 * or the page (phone), with a margin of one box height above and below.
 */
export const intersectionNearObserver: NearObserver = (container, targets, report) => {
  const observer = new IntersectionObserver(
    (entries) => report(entries.map((e) => ({ target: e.target, near: e.isIntersecting }))),
    { root: scrollBoxOf(container), rootMargin: '100% 0px' },
  );
  for (const target of targets) observer.observe(target);
  return () => observer.disconnect();
};

/**
 * Which chunks (children of `container` carrying data-chunk) are near the screen; null means
 * "treat all as near", where no observer exists (jsdom) or none was given.
 */
export function useNearChunks(
  container: RefObject<HTMLElement | null>,
  chunkCount: number,
  observe: NearObserver | null = typeof IntersectionObserver === 'undefined'
    ? null
    : intersectionNearObserver,
): ReadonlySet<number> | null {
  const [near, setNear] = useState<ReadonlySet<number> | null>(() => (observe === null ? null : new Set()));
  useEffect(() => {
    const root = container.current;
    if (observe === null || root === null || chunkCount === 0) return;
    const targets = [...root.querySelectorAll('[data-chunk]')];
    return observe(root, targets, (changes) =>
      setNear((previous) => {
        const next = new Set(previous);
        for (const { target, near: isNear } of changes) {
          const index = Number((target as HTMLElement).dataset.chunk);
          if (isNear) next.add(index);
          else next.delete(index);
        }
        const same =
          previous !== null && next.size === previous.size && [...next].every((i) => previous.has(i));
        return same ? previous : next;
      }),
    );
  }, [container, chunkCount, observe]);
  return near;
}
