// The one memo helper for derived data. A selector or a hook's computation keeps its last inputs
// and result, and returns the same result (the same object) while every input is the same object:
// components can select it directly without re-rendering on unrelated store updates, and every
// view asking for it shares one computation. One entry only: the data and the filter change
// rarely, and an older result is never asked for again.

export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
