import { bisector } from 'd3-array';
import { formatCount } from '../lib/formatValue';

// A chart of ten thousand bars says nothing and costs seconds on every filter click. Each chart
// draws at most a fixed number of records, chosen by a stated rule, and the panel says how many
// it left out and how to see them (narrow the filter).

export interface Capped<T> {
  shown: T[];
  total: number;
}

export function capForDisplay<T>(
  items: readonly T[],
  limit: number,
  compare?: (a: T, b: T) => number,
): Capped<T> {
  if (items.length <= limit) return { shown: [...items], total: items.length };
  return { shown: compare ? firstRanked(items, limit, compare) : items.slice(0, limit), total: items.length };
}

/**
 * The first `limit` items of a stable sort, without sorting everything: one pass keeping a short
 * ranked list, so picking 12 of 100,000 figures costs a pass, not a sort, on every filter click.
 * Each item's place is found by bisection: data in the opposite order (the events, oldest first,
 * ranked latest first) would otherwise walk the whole list for every item.
 */
export function firstRanked<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  // Ties keep the earlier item, as a stable sort would: `right` places it after those it equals.
  // Wrapped in a function of two parameters: d3 takes one of any other length for an accessor.
  const placeOf = bisector((a: T, b: T) => compare(a, b)).right;
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (kept.length === limit && last !== undefined && compare(item, last) >= 0) continue;
    kept.splice(placeOf(kept, item), 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

export interface CapNote {
  what: string;
  shown: number;
  total: number;
  rule: string;
}

/** "Trade: 12 largest of 3,412 figures shown." — one sentence per capped chart. */
export function capSentence(note: CapNote): string {
  const total = formatCount(note.total);
  return `${note.what}: the ${note.shown} ${note.rule} of ${total} shown.`;
}
