import type { Figure, TimelineEvent } from '../data/schema';
import { memoLast } from '../lib/memo';
import type { ListedArticle } from './articleList';
import { selectRecords } from './records';
import type { AppState } from './store';

// The years, and the months within them, that the data has dates for: what the time range
// control offers. A month is offered only where some record is dated to it (an article's
// publication, an event of month or day precision, a figure's asOf date).

export interface RangeChoices {
  /** Every year with a dated record, oldest first. */
  years: number[];
  /** For each year, the months (1–12) that records are dated to, in order. */
  months: ReadonlyMap<number, number[]>;
}

export function rangeChoices(
  articles: readonly Pick<ListedArticle, 'published'>[],
  events: readonly Pick<TimelineEvent, 'date' | 'precision'>[],
  figures: readonly Pick<Figure, 'year' | 'asOf'>[],
): RangeChoices {
  const years = new Set<number>();
  const months = new Map<number, Set<number>>();
  const addMonth = (date: string) => {
    const year = Number(date.slice(0, 4));
    years.add(year);
    if (date.length < 7) return;
    const set = months.get(year) ?? new Set<number>();
    set.add(Number(date.slice(5, 7)));
    months.set(year, set);
  };
  for (const a of articles) if (a.published !== null) addMonth(a.published);
  for (const e of events) addMonth(e.precision === 'year' ? e.date.slice(0, 4) : e.date);
  for (const f of figures) {
    if (f.year !== null) years.add(f.year);
    if (f.asOf !== null) addMonth(f.asOf);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    months: new Map([...months].map(([y, set]) => [y, [...set].sort((a, b) => a - b)])),
  };
}

const choicesFor = memoLast(rangeChoices);
export const selectRangeChoices = (s: AppState): RangeChoices =>
  choicesFor(selectRecords(s, 'articles'), selectRecords(s, 'events'), selectRecords(s, 'figures'));
