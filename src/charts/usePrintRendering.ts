import { useLayoutEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** The class under which every chart renders in full, for print (charts.css). */
export const PRINTING = 'charts--printing';

// `beforeprint` is synchronous: the browser lays the page out for paper as soon as its handlers
// return. So the handler renders every chart there and then (flushSync), from code already
// fetched while the browser was idle after the first view (LazyChart.tsx).

let printing = false;
const listeners = new Set<() => void>();
const setPrinting = (value: boolean) => {
  printing = value;
  flushSync(() => {
    for (const listener of listeners) listener();
  });
};
const before = () => setPrinting(true);
const after = () => setPrinting(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/** True from `beforeprint` to `afterprint`: every chart draws, the lesser kinds opened. */
export const usePrinting = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );

/**
 * Charts below the fold skip style and layout until they near the viewport (content-visibility:
 * auto in charts.css). The print stylesheet renders them all; while printing, the panel's class
 * does too, so a printout started before the print media applies shows no chart blank. Returns
 * whether the page is printing.
 */
export function usePrintRendering(panel: HTMLElement | null): boolean {
  const now = usePrinting();
  // A layout effect, so the class is on before beforeprint's flushSync returns.
  useLayoutEffect(() => {
    panel?.classList.toggle(PRINTING, now);
  }, [panel, now]);
  return now;
}
