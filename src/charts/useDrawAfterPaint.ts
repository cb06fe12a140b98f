import { startTransition, useEffect, useState } from 'react';
import { yieldToMain } from '../lib/yieldToMain';

/**
 * False for the first commit, which holds only the charts' frames, each measuring its width; true
 * after the next paint, in a transition, so the charts draw once, at their measured widths.
 * Mounting the panel is two short tasks instead of one that draws every chart, measures, and
 * draws them all again.
 */
export function useDrawAfterPaint(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    void yieldToMain().then(() => {
      if (live) startTransition(() => setDrawn(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return drawn;
}
