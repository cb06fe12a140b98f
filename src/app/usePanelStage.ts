import { startTransition, useEffect, useState } from 'react';
import { yieldToMain } from '../lib/yieldToMain';
import { useAppStore } from '../state/store';

/**
 * How many of the page's panels to mount: none while the data files are still arriving, then one
 * more per step, each in a transition of its own. A panel mounted with its data already in the
 * store renders in a transition, which React splits into short slices, and each commit holds one
 * panel rather than the whole page. Store updates, by contrast, re-render synchronously: mounting
 * the panels before the data would make every arriving file one long task.
 */
export function usePanelStage(total: number): number {
  const settled = useAppStore((s) => Object.values(s.files).every((f) => f.status !== 'loading'));
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (!settled || stage >= total) return;
    let live = true;
    void yieldToMain().then(() => {
      if (live) startTransition(() => setStage((s) => Math.min(total, s + 1)));
    });
    return () => {
      live = false;
    };
  }, [settled, stage, total]);
  return stage;
}
