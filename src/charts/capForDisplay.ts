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
  const ranked = compare ? [...items].sort(compare) : [...items];
  return { shown: ranked.slice(0, limit), total: items.length };
}

export interface CapNote {
  what: string;
  shown: number;
  total: number;
  rule: string;
}

/** "Trade: 12 largest of 3,412 figures shown." — one sentence per capped chart. */
export function capSentence(note: CapNote): string {
  const total = note.total.toLocaleString('en-US');
  return `${note.what}: the ${note.shown} ${note.rule} of ${total} shown.`;
}
