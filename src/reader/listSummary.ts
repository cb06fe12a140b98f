import { formatCount } from '../lib/formatValue';
import type { ListedArticle } from '../state/articleList';
import { isRangeSet, type TimeRange } from '../state/timeRange';

/** The publishers to narrow the list by, by name; '' stands for articles whose page names none. */
export function publishersOf(articles: readonly ListedArticle[]): { value: string; label: string }[] {
  const names = new Set(articles.map((a) => a.publisher ?? ''));
  return [...names]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((value) => ({ value, label: value === '' ? 'Publisher not given' : value }));
}

const describeRange = ({ from, to }: TimeRange): string =>
  from !== null && to !== null ? `from ${from} to ${to}` : from !== null ? `from ${from} on` : `up to ${to}`;

/** "Articles 1–20 of 143 (of 1,000) naming the selected countries from 2016 to 2017 (3 with no date stated), matching “khorgos”, newest first." */
export function listSummary(p: {
  shown: readonly ListedArticle[];
  total: number;
  first: number;
  rows: number;
  range: TimeRange;
  query: string;
  /** Whether the country filter narrows the list to the articles naming its countries. */
  countries: boolean;
}): string {
  const { shown, total, first, rows, range, query, countries } = p;
  if (shown.length === 0)
    return `No article matches the ${countries ? 'countries, ' : ''}time range, search and publisher chosen.`;
  const span =
    rows === shown.length
      ? formatCount(shown.length)
      : `${formatCount(first + 1)}–${formatCount(first + rows)} of ${formatCount(shown.length)}`;
  const parts = [`${shown.length === 1 ? 'Article' : 'Articles'} ${span}`];
  if (shown.length < total) parts.push(`(of ${formatCount(total)})`);
  if (countries) parts.push('naming the selected countries');
  if (isRangeSet(range)) {
    const undated = shown.filter((a) => a.published === null).length;
    parts.push(describeRange(range) + (undated > 0 ? ` (${formatCount(undated)} with no date stated)` : ''));
  }
  const matching = query.trim() === '' ? '' : `, matching “${query.trim()}”`;
  return `${parts.join(' ')}${matching}, newest first.`;
}
