import { type RefObject, useLayoutEffect, useState } from 'react';

/** Width used where there is no layout (jsdom) and before the first measurement. */
export const DEFAULT_CHART_WIDTH = 640;
/** Charts lay out for at least this width. */
export const MIN_CHART_WIDTH = 280;

/**
 * The width of a chart's container, kept current with a ResizeObserver. Measured in a layout
 * effect, so the first paint already uses the real width and the chart never jumps.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useLayoutEffect(() => {
    const node = ref.current;
    if (node === null) return;
    const apply = (measured: number) => {
      if (measured > 0) setWidth(Math.max(MIN_CHART_WIDTH, Math.floor(measured)));
    };
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
