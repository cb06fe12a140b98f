import { type RefObject, startTransition, useEffect, useState } from 'react';
import { yieldToMain } from '../lib/yieldToMain';

/**
 * With `measureFirst`, the first commit holds only the charts' frames, each measuring its width;
 * the charts are drawn after the next paint, in a transition, already at their measured widths. So
 * mounting the panel is two short tasks instead of one that draws every chart, measures, and draws
 * them all again.
 */
export function useDrawn(measureFirst: boolean): boolean {
  const [drawn, setDrawn] = useState(!measureFirst);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    void yieldToMain().then(() => {
      if (live) startTransition(() => setDrawn(true));
    });
    return () => {
      live = false;
    };
  }, [drawn]);
  return drawn;
}

/** The class under which every chart renders in full (charts.css). */
export const SETTLED = 'charts--settled';

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 500);
  return () => window.clearTimeout(handle);
};

/**
 * Charts below the fold skip style and layout until they near the viewport (content-visibility:
 * auto), so loading the page, and each click or key press, lays out only what is on screen. When
 * the browser is idle every chart renders in full (the SETTLED class), so a full-page capture or
 * a printout shows every chart drawn; `beforeprint` settles at once. Any click or key press
 * unsettles first, so the update it causes lays out only what is visible, then idle settles
 * again. The class is set on the node directly: it is rendering, not state anything reads.
 */
export function useSettledRendering(ref: RefObject<HTMLElement | null>, drawn: boolean): void {
  useEffect(() => {
    const node = ref.current;
    if (!drawn || node === null) return;
    let cancel: (() => void) | null = null;
    const settle = () => {
      cancel?.();
      cancel = null;
      node.classList.add(SETTLED);
    };
    const schedule = () => {
      cancel ??= whenIdle(settle);
    };
    const unsettle = () => {
      node.classList.remove(SETTLED);
      cancel?.();
      cancel = null;
      schedule();
    };
    window.addEventListener('click', unsettle, true);
    window.addEventListener('keydown', unsettle, true);
    window.addEventListener('beforeprint', settle);
    schedule();
    return () => {
      cancel?.();
      window.removeEventListener('click', unsettle, true);
      window.removeEventListener('keydown', unsettle, true);
      window.removeEventListener('beforeprint', settle);
    };
  }, [ref, drawn]);
}
