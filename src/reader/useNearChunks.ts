import { type RefObject, useEffect, useState } from 'react';

// Marking every mention in a 10 MB article means a hundred thousand <mark> elements, and a filter
// click that builds them all froze the page for seconds. The article is cut into chunks of a few
// screens each; only chunks on screen or within a screen of it get their mentions marked, and the
// rest follow as they scroll near. Quotes (the source marks) stay marked everywhere: there are few,
// and "show source" must find them.

/** Paragraphs are grouped into chunks of at least this many characters (a paragraph is never split). */
export const CHUNK_CHARS = 4000;
/**
 * Chunks are grouped into sections, the unit the browser skips laying out while off screen
 * (content-visibility, reader.css): few enough that its own visibility tracking stays cheap.
 */
export const SECTION_CHUNKS = 16;

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

/** Index of the first element whose bottom reaches `from`; elements stack top to bottom. */
function firstReaching(elements: readonly Element[], from: number): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((elements[middle] as Element).getBoundingClientRect().bottom < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Near means within one screen of the reader's scroll box (desktop) or of the page (phone), above
 * or below. Worked out from positions after each scroll, in the next frame. Chunks sit in sections
 * (ArticleText) and stack top to bottom, so a binary search over the sections and then over the
 * chunks of the near ones finds them in a few dozen reads, and never lays out a section far away.
 * (An IntersectionObserver over thousands of chunks recomputes them all on every frame the map or
 * charts redraw, which cost more than the marking it saved.)
 */
export const scrollNearObserver: NearObserver = (container, targets, report) => {
  const box = scrollBoxOf(container);
  const sections: Element[] = [];
  const chunksOf = new Map<Element, Element[]>();
  for (const target of targets) {
    const section = target.parentElement ?? target;
    const list = chunksOf.get(section);
    if (list) list.push(target);
    else {
      sections.push(section);
      chunksOf.set(section, [target]);
    }
  }
  let near = new Set<Element>();
  let frame = 0;
  const update = () => {
    frame = 0;
    const view = box === null ? { top: 0, bottom: window.innerHeight } : box.getBoundingClientRect();
    const height = view.bottom - view.top;
    const from = view.top - height;
    const to = view.bottom + height;
    const next = new Set<Element>();
    for (let s = firstReaching(sections, from); s < sections.length; s++) {
      const section = sections[s] as Element;
      if (section.getBoundingClientRect().top > to) break;
      const chunks = chunksOf.get(section) ?? [];
      for (let c = firstReaching(chunks, from); c < chunks.length; c++) {
        const chunk = chunks[c] as Element;
        if (chunk.getBoundingClientRect().top > to) break;
        next.add(chunk);
      }
    }
    const changes = [
      ...[...next].filter((t) => !near.has(t)).map((target) => ({ target, near: true })),
      ...[...near].filter((t) => !next.has(t)).map((target) => ({ target, near: false })),
    ];
    near = next;
    if (changes.length > 0) report(changes);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  // Capturing on the window sees the scroll box's own scroll events as well as the page's.
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
  };
};

/**
 * Which chunks (children of `container` carrying data-chunk) are near the screen; null means
 * "treat all as near" where there is no layout to measure (jsdom, which also lacks
 * IntersectionObserver: its absence is the sign) or no observer was given.
 */
export function useNearChunks(
  container: RefObject<HTMLElement | null>,
  chunkCount: number,
  observe: NearObserver | null = typeof IntersectionObserver === 'undefined' ? null : scrollNearObserver,
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
