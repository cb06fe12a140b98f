import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../../src/app/urlSync';
import { DEFAULT_LAYERS } from '../../../src/state/layersSlice';
import { type AppState, createAppStore } from '../../../src/state/store';
import { putFile, seedArticleEntries, seedFile, seedStore } from '../state/seedStore';

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

/** Runs a scheduled write at once, so each assertion sees the address bar as it settles. */
const now = (run: () => void) => run();

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
    startUrlSync(store, h.win, now);
    expect(state().countries).toEqual(['TJK', 'ZZZ']);
    expect(state().selection).toEqual({ kind: 'figure', id: 'trade-china-central-asia-2024' });
    expect(state().openArticle).toBe('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    expect(state().sourceFocus).toEqual({ kind: 'figure', id: 'trade-china-central-asia-2024' });
    putFile(store, 'countries', { status: 'ready', data: seedFile('countries') });
    expect(state().countries).toEqual(['TJK']);
    expect(state().notices).toEqual(['The country code “ZZZ” in the link is not in the data.']);
    expect(h.entries).toEqual([
      '/?countries=TJK&figure=trade-china-central-asia-2024&article=chinas-xi-in-kazakhstan-to-cement-central-asia-ties',
    ]);
  });

  it('keeps the trade year in the link in step, and drops a year no trade figure is for', () => {
    const h = fakeWindow('/?tradeYear=2023');
    startUrlSync(store, h.win, now);
    expect(state().tradeYear).toBe(2023);
    putFile(store, 'figures', { status: 'ready', data: seedFile('figures') });
    expect(state().tradeYear).toBe(2023);
    state().setTradeYear(2024);
    expect(h.current()).toBe('/?tradeYear=2024');
    expect(h.entries).toHaveLength(1);
    state().setTradeYear(null);
    expect(h.current()).toBe('/');

    const stale = fakeWindow('/?tradeYear=1999');
    const other = createAppStore();
    startUrlSync(other, stale.win, now);
    putFile(other, 'figures', { status: 'ready', data: seedFile('figures') });
    expect(other.getState().tradeYear).toBeNull();
    expect(other.getState().notices).toEqual([
      'No trade figures are for 1999, the year in the link; the latest years are shown.',
    ]);
    expect(stale.current()).toBe('/');
  });

  it('drops unknown records and articles as their files load, with notices', () => {
    const h = fakeWindow('/?place=atlantis&article=no-such-article&zoom=4');
    startUrlSync(store, h.win, now);
    expect(h.current()).toBe('/?place=atlantis&article=no-such-article');
    expect(state().notices).toEqual(['The link parameter “zoom” is not known and was ignored.']);
    putFile(store, 'places', { status: 'ready', data: seedFile('places') });
    expect(state().selection).toBeNull();
    putFile(store, 'articles', { status: 'ready', data: seedArticleEntries() });
    expect(state().openArticle).toBeNull();
    expect(h.entries).toEqual(['/']);
    expect(state().notices).toHaveLength(3);
  });

  it('expands a link to a group shown as a heading (Central Asia) into its members', () => {
    const h = fakeWindow('/?countries=CAS');
    seedStore(store);
    startUrlSync(store, h.win, now);
    expect(state().countries).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(h.current()).toBe('/?countries=KAZ,KGZ,TJK,TKM,UZB');
  });

  it('replaces the entry for filter and layer changes, and pushes one for selections and articles', () => {
    const h = fakeWindow('/');
    seedStore(store);
    startUrlSync(store, h.win, now);
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
    startUrlSync(store, h.win, now);
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

  it('pushes an entry for each new time range, and Back restores the one before', () => {
    const h = fakeWindow('/?countries=TJK&from=2015');
    startUrlSync(store, h.win, now);
    expect(state().range).toEqual({ from: '2015', to: null });
    state().setRange({ from: '2016', to: '2017' });
    expect(h.current()).toBe('/?countries=TJK&from=2016&to=2017');
    state().setRange({ from: '2016', to: '2017' });
    expect(h.entries).toHaveLength(2);
    h.back();
    expect(state().range).toEqual({ from: '2015', to: null });
    expect(state().countries).toEqual(['TJK']);
    expect(h.entries).toEqual(['/?countries=TJK&from=2015', '/?countries=TJK&from=2016&to=2017']);
  });

  it('stops listening when disposed', () => {
    const h = fakeWindow('/');
    const stop = startUrlSync(store, h.win, now);
    stop();
    state().toggleCountry('KAZ');
    expect(h.entries).toEqual(['/']);
  });
});

/** Hostile links, one per case: test/fixtures/links/hostile.json. */
const LINKS = JSON.parse(readFileSync('test/fixtures/links/hostile.json', 'utf8')) as Record<string, string>;
const CHINA_ARTICLE = 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties';
const IRAN_ARTICLE = 'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran';
const IRAN_DEATHS = 'deaths-iran-israeli-strikes';

describe('startUrlSync against hostile links (issue 14)', () => {
  it('gives 250 codes the data does not know one notice (item 10)', () => {
    const h = fakeWindow(`/${LINKS.unknownCodeFlood}`);
    startUrlSync(store, h.win, now);
    expect(state().countries).toHaveLength(250);
    seedStore(store);
    expect(state().countries).toEqual([]);
    expect(state().notices).toEqual([
      '250 country codes in the link are not in the data: “QAA”, “QAB”, “QAC” … and 247 more.',
    ]);
  });

  it('leaves the tiles off after a link, and on across Back once the reader switched them on (item 11)', () => {
    const h = fakeWindow(`/${LINKS.tilesFromLink}`);
    seedStore(store);
    startUrlSync(store, h.win, now);
    expect(state().layers.tiles).toBe(false);
    expect(state().notices).toEqual([expect.stringContaining('tile.openstreetmap.org')]);
    state().setLayer('tiles', true);
    expect(h.current()).toBe('/?layers=none');
    state().select({ kind: 'project', id: 'khorgos-dry-port' });
    h.back();
    expect(state().selection).toBeNull();
    expect(state().layers.tiles).toBe(true);
  });

  it("opens the record's own article when a link pairs it with another, with a notice (item 12)", () => {
    const h = fakeWindow(`/?article=${CHINA_ARTICLE}&figure=${IRAN_DEATHS}`);
    startUrlSync(store, h.win, now);
    seedStore(store);
    expect(state().openArticle).toBe(IRAN_ARTICLE);
    expect(state().selection).toEqual({ kind: 'figure', id: IRAN_DEATHS });
    expect(state().sourceFocus).toEqual({ kind: 'figure', id: IRAN_DEATHS });
    expect(state().notices).toEqual([
      `The figure “${IRAN_DEATHS}” in the link is not from the article “${CHINA_ARTICLE.slice(0, 40)}…”: its own article was opened instead.`,
    ]);
    expect(h.current()).toBe(`/?figure=${IRAN_DEATHS}&article=${IRAN_ARTICLE}`);
  });

  it('keeps a pairing the reader made themselves, also on Back (item 12)', () => {
    const h = fakeWindow('/');
    seedStore(store);
    startUrlSync(store, h.win, now);
    state().select({ kind: 'figure', id: IRAN_DEATHS });
    state().openArticleById(CHINA_ARTICLE);
    state().select({ kind: 'project', id: 'khorgos-dry-port' });
    h.back();
    expect(state().openArticle).toBe(CHINA_ARTICLE);
    expect(state().selection).toEqual({ kind: 'figure', id: IRAN_DEATHS });
    expect(state().notices).toEqual([]);
  });
});

describe('startUrlSync writes in the next task', () => {
  const queued = () => {
    const tasks: (() => void)[] = [];
    return {
      schedule: (run: () => void) => tasks.push(run),
      runAll: () => {
        for (const task of tasks.splice(0)) task();
      },
    };
  };

  it('coalesces changes into one write, a push winning over replaces', () => {
    const h = fakeWindow('/');
    const q = queued();
    seedStore(store);
    startUrlSync(store, h.win, q.schedule);
    q.runAll();
    state().toggleCountry('KAZ');
    state().select({ kind: 'project', id: 'khorgos-dry-port' });
    state().toggleCountry('TJK');
    expect(h.entries).toEqual(['/']);
    q.runAll();
    expect(h.entries).toEqual(['/', '/?countries=KAZ,TJK&project=khorgos-dry-port']);
  });

  it('drops a waiting write when Back moves the entry, and writes nothing after disposal', () => {
    const h = fakeWindow('/?countries=TJK');
    const q = queued();
    seedStore(store);
    const stop = startUrlSync(store, h.win, q.schedule);
    q.runAll();
    state().select({ kind: 'project', id: 'khorgos-dry-port' });
    q.runAll();
    expect(h.entries).toHaveLength(2);
    state().toggleCountry('KAZ');
    h.back();
    q.runAll();
    expect(h.entries).toEqual(['/?countries=TJK', '/?countries=TJK&project=khorgos-dry-port']);
    expect(state().countries).toEqual(['TJK']);
    stop();
    state().toggleCountry('UZB');
    q.runAll();
    expect(h.current()).toBe('/?countries=TJK');
  });
});
