// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import type { ArticleEntry } from '../../../src/data/schema';
import { ArticleList } from '../../../src/reader/ArticleList';
import { selectRecords } from '../../../src/state/records';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile, seedStore } from '../state/seedStore';

let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
  seedStore(store);
  // Sixty articles a day apart, newest last in the file; each names Kazakhstan.
  const template = selectRecords(store.getState(), 'articles')[0] as ArticleEntry;
  const articles = Array.from(
    { length: 60 },
    (_, i): ArticleEntry => ({
      ...template,
      id: `article-${i}`,
      title: `Article ${i}`,
      published: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      mentions: { KAZ: 1 },
    }),
  );
  putFile(store, 'articles', { status: 'ready', data: articles });
});

const nextPaint = () => act(() => new Promise((done) => setTimeout(done, 50)));

describe('ArticleList', () => {
  it('draws a new list’s first rows with the filter change, and the rest of its page after the next paint', async () => {
    renderWithStore(store, <ArticleList openId={null} />);
    const titles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles()).toHaveLength(20);
    expect(titles()[0]).toBe('Article 59');
    act(() => store.getState().setCountries(['KAZ']));
    // The summary speaks of the whole page at once; the rows below the first screen follow.
    expect(screen.getByText(/^Articles 1–20 of 60/)).toBeInTheDocument();
    expect(titles()).toHaveLength(10);
    expect(titles()[0]).toBe('Article 59');
    await nextPaint();
    expect(titles()).toHaveLength(20);
    expect(titles()[19]).toBe('Article 40');
    expect(within(screen.getByRole('list')).getAllByText(/1 mention of the selected countries/)).toHaveLength(
      20,
    );
  });
});
