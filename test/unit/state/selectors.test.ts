import { beforeEach, describe, expect, it } from 'vitest';
import {
  FILTER_STATES_KEPT,
  figureCodes,
  projectCodes,
  selectArticleMentions,
  selectFilterIndex,
  selectVisibleEvents,
  selectVisibleFigures,
  selectVisiblePlaces,
  selectVisibleProjects,
} from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { seedStore } from './seedStore';

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
  seedStore(store);
});

const ids = <T>(rows: { record: T; match: string }[], id: (r: T) => string) =>
  rows.map((r) => `${id(r.record)}:${r.match}`);

describe('visible-record selectors on the seed data', () => {
  it("show every record, as 'all', when no country is selected", () => {
    const s = store.getState();
    expect(selectVisibleFigures(s)).toHaveLength(9);
    expect(selectVisibleProjects(s)).toHaveLength(9);
    expect(selectVisiblePlaces(s)).toHaveLength(10);
    expect(selectVisibleEvents(s)).toHaveLength(8);
    expect(selectVisibleFigures(s).every((m) => m.match === 'all')).toBe(true);
  });

  it('show nothing before the files have loaded', () => {
    const empty = createAppStore().getState();
    expect(selectVisibleFigures(empty)).toEqual([]);
    expect(selectVisibleProjects(empty)).toEqual([]);
  });

  it('show Tajikistan records directly, and Central Asia figures as regional', () => {
    store.getState().setCountries(['TJK']);
    const s = store.getState();
    expect(ids(selectVisibleFigures(s), (f) => f.id)).toEqual([
      'trade-china-central-asia-2024:regional',
      'trade-eu-central-asia-2023:regional',
      'trade-russia-central-asia:regional',
      'population-central-asia:regional',
    ]);
    expect(ids(selectVisibleProjects(s), (p) => p.properties.id)).toEqual([
      'china-tajikistan-highway:direct',
      'tajikistan-rare-earths-contracts:direct',
    ]);
    expect(ids(selectVisiblePlaces(s), (p) => p.properties.id)).toEqual(['pamir-mountains:direct']);
    expect(ids(selectVisibleEvents(s), (e) => e.id)).toEqual([
      'soviet-union-falls:direct',
      'central-asia-china-summit:direct',
    ]);
  });

  it('match a project by its partners as well as its countries', () => {
    store.getState().setCountries(['RUS']);
    const projects = selectVisibleProjects(store.getState()).map((p) => p.record.properties.id);
    expect(projects).toEqual(['kazakhstan-first-nuclear-plant']);
    expect(projectCodes(selectVisibleProjects(store.getState())[0]!.record)).toContain('RUS');
  });

  it('match a figure by subject or counterpart', () => {
    store.getState().setCountries(['ISR']);
    const figures = selectVisibleFigures(store.getState()).map((f) => f.record.id);
    expect(figures).toEqual(['deaths-iran-israeli-strikes', 'deaths-israel-iranian-strikes']);
    expect(figureCodes(selectVisibleFigures(store.getState())[0]!.record)).toEqual(['IRN', 'ISR']);
  });

  it('show the union when several countries are selected', () => {
    store.getState().setCountries(['ISR', 'USA']);
    const figures = selectVisibleFigures(store.getState()).map((f) => f.record.id);
    expect(figures).toEqual([
      'deaths-iran-israeli-strikes',
      'deaths-israel-iranian-strikes',
      'tariff-us-blanket',
    ]);
  });

  it('return the same array while the inputs are unchanged, and a new one when the filter changes', () => {
    store.getState().setCountries(['KAZ']);
    const first = selectVisibleFigures(store.getState());
    store.getState().select({ kind: 'figure', id: 'population-china' });
    expect(selectVisibleFigures(store.getState())).toBe(first);
    store.getState().toggleCountry('CHN');
    expect(selectVisibleFigures(store.getState())).not.toBe(first);
  });

  it('show everything again when the filter is cleared', () => {
    store.getState().setCountries(['KAZ']);
    store.getState().clearCountries();
    expect(selectVisiblePlaces(store.getState())).toHaveLength(10);
    expect(selectVisiblePlaces(store.getState()).every((m) => m.match === 'all')).toBe(true);
  });
});

describe('filter slice', () => {
  it('keeps the selection sorted and unique, toggling codes in and out', () => {
    const s = store.getState();
    s.setCountries(['TJK', 'KAZ', 'TJK']);
    expect(store.getState().countries).toEqual(['KAZ', 'TJK']);
    store.getState().toggleCountry('CHN');
    expect(store.getState().countries).toEqual(['CHN', 'KAZ', 'TJK']);
    store.getState().toggleCountry('KAZ');
    expect(store.getState().countries).toEqual(['CHN', 'TJK']);
  });
});

describe('selector stability before the data loads', () => {
  it('returns the same empty array on every call, so subscribed components do not loop', () => {
    const s = createAppStore().getState();
    expect(selectVisibleFigures(s)).toBe(selectVisibleFigures(s));
    expect(selectVisibleProjects(s)).toBe(selectVisibleProjects(s));
    expect(selectVisiblePlaces(s)).toBe(selectVisiblePlaces(s));
    expect(selectVisibleEvents(s)).toBe(selectVisibleEvents(s));
  });
});

describe('filter selectors across filter changes', () => {
  it('give one filter index per set of codes, with the group members shared by every set', () => {
    const before = selectFilterIndex(store.getState());
    store.getState().setCountries(['TJK']);
    const tajikistan = selectFilterIndex(store.getState());
    expect(tajikistan).not.toBe(before);
    expect(tajikistan.members).toBe(before.members);
    // Another array with the same codes is the same filter.
    store.getState().setCountries(['TJK']);
    expect(selectFilterIndex(store.getState())).toBe(tajikistan);
  });

  it('give back the very arrays of an earlier filter when the reader returns to it', () => {
    const all = store.getState();
    const figures = selectVisibleFigures(all);
    const events = selectVisibleEvents(all);
    const projects = selectVisibleProjects(all);
    store.getState().toggleCountry('TJK');
    expect(selectVisibleFigures(store.getState())).not.toBe(figures);
    store.getState().toggleCountry('TJK');
    const back = store.getState();
    expect(back.countries).toEqual([]);
    expect(selectVisibleFigures(back)).toBe(figures);
    expect(selectVisibleEvents(back)).toBe(events);
    expect(selectVisibleProjects(back)).toBe(projects);
  });

  it('forget a filter once more than FILTER_STATES_KEPT others came after it', () => {
    const figures = selectVisibleFigures(store.getState());
    const codes = ['TJK', 'KAZ', 'UZB', 'KGZ', 'TKM', 'CHN'].slice(0, FILTER_STATES_KEPT);
    for (const code of codes) {
      store.getState().setCountries([code]);
      selectVisibleFigures(store.getState());
    }
    store.getState().setCountries([]);
    const again = selectVisibleFigures(store.getState());
    expect(again).not.toBe(figures);
    expect(again).toEqual(figures);
  });

  it('count the selected countries’ mentions once per filter state', () => {
    store.getState().setCountries(['TJK']);
    const mentions = selectArticleMentions(store.getState());
    expect(mentions).not.toBeNull();
    store.getState().setCountries([]);
    expect(selectArticleMentions(store.getState())).toBeNull();
    store.getState().setCountries(['TJK']);
    expect(selectArticleMentions(store.getState())).toBe(mentions);
  });
});
