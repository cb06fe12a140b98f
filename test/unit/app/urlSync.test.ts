import { beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../../src/app/urlSync';
import { DEFAULT_LAYERS } from '../../../src/state/layersSlice';
import { type AppState, createAppStore } from '../../../src/state/store';
import { seedArticles, seedFile, seedStore } from '../state/seedStore';

/** A history with entries and popstate, under test control: Back is synchronous here. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {
    get search() {
      const url = entries[index] ?? '/';
      return url.includes('?') ? url.slice(url.indexOf('?')) : '';
    },
    pathname: '/',
    hash: '',
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, entries.length, url);
        index += 1;
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = url;
      },
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const back = () => {
    index -= 1;
    for (const fn of listeners) fn();
  };
  return { win: win as unknown as Window, entries, back, current: () => entries[index] };
}

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});
const state = (): AppState => store.getState();

describe('startUrlSync', () => {
  it('applies the link before anything renders, and keeps codes until countries.json can judge them', () => {
    const h = fakeWindow(
      '/?countries=TJK,ZZZ&figure=trade-china-central-asia-2024&article=chinas-xi-in-kazakhstan-to-cement-central-asia-ties',
    );
    startUrlSync(store, h.win);
    expect(state().countries).toEqual(['TJK', 'ZZZ']);
    expect(state().selection).toEqual({ kind: 'figure', id: 'trade-china-central-asia-2024' });
    expect(state().openArticle).toBe('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    expect(state().sourceFocus).toEqual({ kind: 'figure', id: 'trade-china-central-asia-2024' });
    state().setFile('countries', { status: 'ready', data: seedFile('countries') });
    expect(state().countries).toEqual(['TJK']);
    expect(state().notices).toEqual(['The country code “ZZZ” in the link is not in the data.']);
    expect(h.entries).toEqual([
      '/?countries=TJK&figure=trade-china-central-asia-2024&article=chinas-xi-in-kazakhstan-to-cement-central-asia-ties',
    ]);
  });

  it('drops unknown records and articles as their files load, with notices', () => {
    const h = fakeWindow('/?place=atlantis&article=no-such-article&zoom=4');
    startUrlSync(store, h.win);
    expect(h.current()).toBe('/?place=atlantis&article=no-such-article');
    expect(state().notices).toEqual(['The link parameter “zoom” is not known and was ignored.']);
    state().setFile('places', { status: 'ready', data: seedFile('places') });
    expect(state().selection).toBeNull();
    state().setFile('articles', { status: 'ready', data: seedArticles() });
    expect(state().openArticle).toBeNull();
    expect(h.entries).toEqual(['/']);
    expect(state().notices).toHaveLength(3);
  });

  it('expands a link to a group shown as a heading (Central Asia) into its members', () => {
    const h = fakeWindow('/?countries=CAS');
    seedStore(store);
    startUrlSync(store, h.win);
    expect(state().countries).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(h.current()).toBe('/?countries=KAZ,KGZ,TJK,TKM,UZB');
  });

  it('replaces the entry for filter and layer changes, and pushes one for selections and articles', () => {
    const h = fakeWindow('/');
    seedStore(store);
    startUrlSync(store, h.win);
    state().toggleCountry('TJK');
    state().toggleCountry('KAZ');
    state().setLayer('conflict', false);
    expect(h.entries).toEqual(['/?countries=KAZ,TJK&layers=projects,places']);
    state().select({ kind: 'figure', id: 'population-central-asia' });
    state().openArticleById('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    expect(h.entries).toHaveLength(3);
    expect(h.current()).toBe(
      '/?countries=KAZ,TJK&figure=population-central-asia&article=chinas-xi-in-kazakhstan-to-cement-central-asia-ties&layers=projects,places',
    );
  });

  it('restores the earlier state on Back, without adding entries', () => {
    const h = fakeWindow('/?countries=TJK');
    seedStore(store);
    startUrlSync(store, h.win);
    state().showSource(
      { kind: 'figure', id: 'deaths-iran-israeli-strikes' },
      'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran',
    );
    expect(h.entries).toHaveLength(2);
    h.back();
    expect(state().selection).toBeNull();
    expect(state().openArticle).toBeNull();
    expect(state().countries).toEqual(['TJK']);
    expect(state().layers).toEqual(DEFAULT_LAYERS);
    expect(h.entries).toEqual([
      '/?countries=TJK',
      '/?countries=TJK&figure=deaths-iran-israeli-strikes&article=germanys-merz-says-israel-doing-dirty-work-for-us-in-iran',
    ]);
  });

  it('stops listening when disposed', () => {
    const h = fakeWindow('/');
    const stop = startUrlSync(store, h.win);
    stop();
    state().toggleCountry('KAZ');
    expect(h.entries).toEqual(['/']);
  });
});
