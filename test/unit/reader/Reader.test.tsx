// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { Reader } from '../../../src/reader/Reader';
import { selectRecords } from '../../../src/state/records';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile, seedStore } from '../state/seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

const XI = 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties';
const MERZ = 'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran';
beforeEach(() => seedStore(store));
const state = () => store.getState();

describe('Reader', () => {
  it('lists the four articles with publisher and date, and opens one in full', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <Reader />);
    const list = screen.getByRole('navigation', { name: 'Articles' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(4);
    expect(list).toHaveTextContent('DW · 17 June 2025');
    expect(list).toHaveTextContent("Int'l Business Times · “an hour ago”, as the page put it");
    expect(list).toHaveTextContent('Publisher not given · date not given');
    await user.click(
      screen.getByRole('button', { name: "Germany's Merz says Israel doing 'dirty work for us' in Iran" }),
    );
    expect(state().openArticle).toBe(MERZ);
    const article = screen.getByRole('article');
    expect(within(article).getByRole('heading', { name: /Merz/ })).toBeInTheDocument();
    expect(article).toHaveTextContent('Germany has remained one of Israel');
    expect(within(article).getByText('17 June 2025').tagName).toBe('TIME');
    await user.click(within(article).getByRole('button', { name: 'Close article' }));
    expect(state().openArticle).toBeNull();
  });

  it('marks every quote as a focusable button named after its record', async () => {
    state().openArticleById(MERZ);
    renderWithStore(store, <Reader />);
    const marks = screen.getAllByRole('button', { name: /^Source of:/ });
    expect(marks.map((m) => m.getAttribute('aria-label')?.split(' — ')[0])).toEqual([
      "Source of: Merz: Israel doing 'the dirty work' for the West (event, 2025-06-17)",
      'Source of: Deaths in Iran from Israeli attacks: 224 people, reported by Iranian officials',
      'Source of: Civilians killed in Israel by Iranian attacks: 24 people, reported by Israel',
    ]);
    for (const mark of marks) {
      expect(mark.tagName).toBe('MARK');
      expect(mark).toHaveAttribute('tabindex', '0');
    }
  });

  it('selects the record when its mark is activated by keyboard or click', async () => {
    const user = userEvent.setup();
    state().openArticleById(MERZ);
    renderWithStore(store, <Reader />);
    const deaths = screen.getByRole('button', { name: /: 224 people/ });
    screen.getByRole('button', { name: /^Source of: Merz/ }).focus();
    await user.tab();
    expect(deaths).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(state().selection).toEqual({ kind: 'figure', id: 'deaths-iran-israeli-strikes' });
    expect(deaths).toHaveClass('is-selected');
    expect(deaths).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: /^Source of: Civilians killed/ }));
    expect(state().selection).toEqual({ kind: 'figure', id: 'deaths-israel-iranian-strikes' });
    expect(deaths).not.toHaveClass('is-selected');
  });

  it('steps through the records that share a mark, most specific first', async () => {
    const user = userEvent.setup();
    state().openArticleById(XI);
    renderWithStore(store, <Reader />);
    const shared = screen.getByRole('button', {
      name: /^Source of: Khorgos \(place\); and of: Khorgos dry port/,
    });
    expect(shared).toHaveTextContent(/^such as Khorgos in Kazakhstan$/);
    await user.click(shared);
    expect(state().selection).toEqual({ kind: 'place', id: 'khorgos' });
    await user.click(shared);
    expect(state().selection).toEqual({ kind: 'project', id: 'khorgos-dry-port' });
    // The rest of the longer quote is marked too, and a click there selects the project.
    const tail = screen.getByText(', one of the largest logistics hubs in the world');
    expect(tail.tagName).toBe('MARK');
    expect(tail).not.toHaveAttribute('tabindex');
    state().select(null);
    await user.click(tail);
    expect(state().selection).toEqual({ kind: 'project', id: 'khorgos-dry-port' });
  });

  it('on showSource, opens the article and moves focus to the quoted sentence', () => {
    renderWithStore(store, <Reader />);
    act(() => state().showSource({ kind: 'figure', id: 'trade-china-central-asia-2024' }, XI));
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe('MARK');
    expect(focused).toHaveTextContent(
      'Trade volume with the region was estimated at $95 billion in 2024, according to Chinese customs.',
    );
    expect(focused).toHaveClass('is-selected');
    expect(state().sourceFocus).toBeNull();
    // A second request for the same sentence, after focus moved away, is honoured again.
    act(() => (document.body as HTMLElement).focus());
    act(() => state().showSource({ kind: 'figure', id: 'trade-china-central-asia-2024' }, XI));
    expect(document.activeElement).toBe(focused);
  });

  it('focuses the article text when the requested quote is not in it', () => {
    renderWithStore(store, <Reader />);
    act(() => state().showSource({ kind: 'figure', id: 'no-such-figure' }, MERZ));
    expect(document.activeElement).toHaveAccessibleName(/^Text of Germany's Merz/);
  });

  it('marks mentions of the selected countries, places in them included', () => {
    state().setCountries(['KAZ']);
    state().openArticleById(XI);
    renderWithStore(store, <Reader />);
    const article = screen.getByRole('article');
    const mentions = [...article.querySelectorAll('.reader-body mark.mention')].map((m) => m.textContent);
    expect(new Set(mentions)).toEqual(new Set(['Kazakhstan', 'Kazakh', 'Astana', 'Khorgos', 'Caspian Sea']));
    expect(mentions.filter((m) => m === 'Kazakhstan')).toHaveLength(6);
    // Counted in the article index: ten in the text and one in the title.
    expect(screen.getByRole('navigation', { name: 'Articles' })).toHaveTextContent(
      '11 mentions of the selected countries',
    );
  });

  it('fetches the text when an article opens, and says so where it was asked for when it fails', async () => {
    const asked: string[] = [];
    state().setBodySource(async (chunk) => {
      asked.push(chunk);
      return { ok: false, message: 'the server answered 500' };
    });
    expect(asked).toEqual([]);
    state().openArticleById(MERZ);
    renderWithStore(store, <Reader />);
    const alert = await within(screen.getByRole('article')).findByRole('alert');
    expect(alert).toHaveTextContent('The text of this article could not be loaded: the server answered 500.');
    expect(asked).toEqual(['2025-06']);
    // The list and the byline still show: only the text is missing.
    expect(within(screen.getByRole('article')).getByRole('heading', { name: /Merz/ })).toBeInTheDocument();
  });

  it('renders article text as text, never as HTML', () => {
    const [first] = selectRecords(state(), 'articles');
    if (first === undefined) throw new Error('seed articles not loaded');
    putFile(store, 'articles', { status: 'ready', data: [{ ...first, id: 'hostile', chunk: 'hostile' }] });
    const bodies = { hostile: ['<img src=x onerror=alert(1)> <b>bold</b>'] };
    store.setState({ chunks: { hostile: { status: 'ready', bodies } } });
    state().openArticleById('hostile');
    renderWithStore(store, <Reader />);
    expect(screen.getByRole('article')).toHaveTextContent('<img src=x onerror=alert(1)> <b>bold</b>');
    expect(document.querySelector('img, b')).toBeNull();
  });
});
