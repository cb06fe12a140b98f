import { type RefObject, useLayoutEffect, useState } from 'react';

/** Width used where there is no layout (jsdom) and before the first measurement. */
export const DEFAULT_CHART_WIDTH = 640;
/** Charts lay out for at least this width. */
export const MIN_CHART_WIDTH = 280;

/**
 * The width of a chart's container, kept current with a ResizeObserver: null until measured.
 * Measured in a layout effect, before the first paint, so a chart lays itself out once, at its
 * real width, and never jumps; a chart laid out first at a guessed width did all its work twice
 * (at the corpus's size, a third of the charts' first draw). A box with no width (jsdom, a
 * hidden panel) gets the default.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (node === null) return;
    const apply = (measured: number) =>
      setWidth((known) =>
        measured > 0 ? Math.max(MIN_CHART_WIDTH, Math.floor(measured)) : (known ?? DEFAULT_CHART_WIDTH),
      );
    apply(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) apply(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
