import { startTransition, useEffect, useState } from 'react';
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

/**
 * Charts below the fold skip style and layout until they near the viewport (content-visibility:
 * auto), so loading the page lays out only what is on screen. Once the charts are drawn and the
 * browser is idle, they are rendered in full, so a full-page capture or a printout shows every
 * chart drawn; `beforeprint` does the same at once.
 */
export function useSettled(drawn: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!drawn || settled) return;
    const settle = () => setSettled(true);
    window.addEventListener('beforeprint', settle);
    const idle = typeof requestIdleCallback === 'function';
    const handle = idle ? requestIdleCallback(settle, { timeout: 2000 }) : window.setTimeout(settle, 500);
    return () => {
      window.removeEventListener('beforeprint', settle);
      if (idle) cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [drawn, settled]);
  return settled;
}
