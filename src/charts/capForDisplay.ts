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
 * Each item's place in the list is found by halving it: data in the opposite order (the events,
 * oldest first, ranked latest first) would otherwise walk the whole list for every item.
 */
export function firstRanked<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    const last = kept[kept.length - 1];
    // Ties keep the earlier item, as a stable sort would: it goes after those it equals.
    if (kept.length === limit && last !== undefined && compare(item, last) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, kept[mid] as T) < 0) high = mid;
      else low = mid + 1;
    }
    kept.splice(low, 0, item);
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
