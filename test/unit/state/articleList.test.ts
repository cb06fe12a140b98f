import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  type ListedArticle,
  selectArticlesForCountries,
  selectListedArticles,
} from '../../../src/state/articleList';
import { rangeChoices } from '../../../src/state/rangeChoices';
import { createAppStore } from '../../../src/state/store';
import { putFile } from './seedStore';

const article = (id: string, published: string | null): ListedArticle => ({
  id,
  title: id.toUpperCase(),
  publisher: null,
  published,
  publishedAsWritten: null,
});
const list = [
  article('b', '2016-03-01'),
  article('n', null),
  article('a', '2018-01-01'),
  article('c', '2016-03-01'),
  article('d', '2015-12-31'),
];

describe('the article list', () => {
  it('is newest first, undated last, equal dates by title', () => {
    expect([...list].sort(compareNewestFirst).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'n']);
  });

  it('keeps the articles in the range and those with no date, and only search hits while a query is answered', () => {
    const store = createAppStore();
    putFile(store, 'articles', {
      status: 'ready',
      data: list.map((a) => ({ ...a, sourceFile: 'x', paragraphCount: 0, chunk: 'x', mentions: {} })),
    });
    store.getState().setRange({ from: '2016', to: '2017' });
    expect(selectListedArticles(store.getState()).map((a) => a.id)).toEqual(['b', 'c', 'n']);
    store.getState().setQuery('word');
    const none = new Set<string>();
    store.getState().setSearchHits({
      query: 'word',
      ids: { article: new Set(['c', 'a']), figure: none, event: none, project: none, place: none },
    });
    expect(selectListedArticles(store.getState()).map((a) => a.id)).toEqual(['c']);
    // Hits for an older query do not narrow the list.
    store.getState().setQuery('words');
    expect(selectListedArticles(store.getState()).map((a) => a.id)).toEqual(['b', 'c', 'n']);
  });
});

describe('the article list under the country filter', () => {
  it('keeps the articles that name a selected country, and search may offer only those', () => {
    const store = createAppStore();
    const mentions: Record<string, Record<string, number>> = {
      a: { KAZ: 2 },
      b: { UZB: 1 },
      c: { KAZ: 1, UZB: 3 },
    };
    putFile(store, 'articles', {
      status: 'ready',
      data: list.map((a) => ({
        ...a,
        sourceFile: 'x',
        paragraphCount: 0,
        chunk: 'x',
        mentions: mentions[a.id] ?? {},
      })),
    });
    expect(selectListedArticles(store.getState())).toHaveLength(5);
    store.getState().setCountries(['KAZ']);
    expect(selectListedArticles(store.getState()).map((a) => a.id)).toEqual(['a', 'c']);
    expect(selectArticlesForCountries(store.getState()).map((a) => a.id)).toEqual(['a', 'c']);
    store.getState().setRange({ from: '2016', to: '2017' });
    expect(selectListedArticles(store.getState()).map((a) => a.id)).toEqual(['c']);
    // The search's own list ignores the range (the search applies it itself).
    expect(selectArticlesForCountries(store.getState()).map((a) => a.id)).toEqual(['a', 'c']);
    store.getState().setCountries(['UZB', 'KAZ']);
    expect(selectListedArticles(store.getState()).map((a) => a.id)).toEqual(['b', 'c']);
  });
});

describe('rangeChoices', () => {
  it('offers each dated year, and the months records are dated to', () => {
    const choices = rangeChoices(
      [{ published: '2016-03-02' }, { published: null }],
      [
        { date: '2017', precision: 'year' },
        { date: '2018-05', precision: 'month' },
      ],
      [
        { year: 2014, asOf: null },
        { year: null, asOf: '2016-11-30' },
      ],
    );
    expect(choices.years).toEqual([2014, 2016, 2017, 2018]);
    expect(Object.fromEntries(choices.months)).toEqual({ 2016: [3, 11], 2018: [5] });
  });
});
