import { describe, expect, it } from 'vitest';
import { listSummary } from '../../../src/reader/listSummary';
import type { ListedArticle } from '../../../src/state/articleList';
import { ALL_TIME } from '../../../src/state/timeRange';

const article = (i: number, published: string | null): ListedArticle => ({
  id: `a-${i}`,
  title: `Article ${i}`,
  publisher: null,
  published,
  publishedAsWritten: null,
});
const many = (n: number, undatedEvery = 0) =>
  Array.from({ length: n }, (_, i) =>
    article(i, undatedEvery > 0 && i % undatedEvery === 0 ? null : '2016-05-01'),
  );
const base = { first: 0, rows: 20, range: ALL_TIME, query: '', countries: false };

describe('listSummary', () => {
  it('says which rows of how many show, newest first', () => {
    expect(listSummary({ ...base, shown: many(143), total: 143 })).toBe(
      'Articles 1–20 of 143, newest first.',
    );
    expect(listSummary({ ...base, shown: many(3), total: 3, rows: 3 })).toBe('Articles 3, newest first.');
  });

  it('groups the digits of a decade of articles', () => {
    const shown = many(1200, 100);
    expect(listSummary({ ...base, shown, total: 2400, first: 1000 })).toBe(
      'Articles 1,001–1,020 of 1,200 (of 2,400), newest first.',
    );
    expect(
      listSummary({ ...base, shown, total: 2400, range: { from: '2016', to: '2017' }, countries: true }),
    ).toBe(
      'Articles 1–20 of 1,200 (of 2,400) naming the selected countries from 2016 to 2017 (12 with no date stated), newest first.',
    );
  });

  it('says when nothing matches', () => {
    expect(listSummary({ ...base, shown: [], total: 10, countries: true })).toBe(
      'No article matches the countries, time range, search and publisher chosen.',
    );
  });
});
