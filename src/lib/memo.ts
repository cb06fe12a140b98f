// The one memo helper for derived data. A selector or a hook's computation keeps its recent inputs
// and results, and returns the same result (the same object) while every input is the same object:
// components can select it directly without re-rendering on unrelated store updates, and every
// view asking for it shares one computation.

/**
 * Keeps the results of the last `size` distinct inputs, the most recent first. One entry
 * (memoLast) where an older result is never asked for again; a few where the reader goes back
 * and forth, as the country filter does (press a country, release it): going back then gives the
 * very objects of before, so nothing downstream computes or re-renders again.
 */
export function memoRecent<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
  size: number,
): (...args: A) => R {
  const entries: { args: A; result: R }[] = [];
  return (...args) => {
    const at = entries.findIndex(
      (e) => e.args.length === args.length && e.args.every((a, i) => a === args[i]),
    );
    if (at === 0) return (entries[0] as { result: R }).result;
    if (at > 0) {
      const [hit] = entries.splice(at, 1) as [{ args: A; result: R }];
      entries.unshift(hit);
      return hit.result;
    }
    const result = compute(...args);
    entries.unshift({ args, result });
    if (entries.length > size) entries.length = size;
    return result;
  };
}

/** The last inputs and result only: the data and most options change rarely. */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  return memoRecent(compute, 1);
}
