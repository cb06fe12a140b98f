// Long work during load is split into tasks so that input and paint are never held back more
// than a few milliseconds: between the pieces the browser may paint and answer input.

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a new task: `scheduler.yield()` where the browser has it, else a zero timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` over the items, yielding to the browser whenever a slice has run for `budgetMs`;
 * the results keep the items' order.
 */
export async function mapInSlices<T, R>(
  items: readonly T[],
  work: (item: T) => R,
  budgetMs = 8,
): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (const [i, item] of items.entries()) {
    results.push(work(item));
    if (i < items.length - 1 && performance.now() - sliceStart > budgetMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return results;
}
