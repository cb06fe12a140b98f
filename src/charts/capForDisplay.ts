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
 */
export function firstRanked<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    const last = kept[kept.length - 1];
    // Ties keep the earlier item, as a stable sort would.
    if (kept.length === limit && last !== undefined && compare(item, last) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1] as T) < 0) at--;
    kept.splice(at, 0, item);
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
