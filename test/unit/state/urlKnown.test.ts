import { describe, expect, it } from 'vitest';
import { selectRecords } from '../../../src/state/records';
import { createAppStore } from '../../../src/state/store';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/state/url';
import { checkAgainstData, knownIdsOf } from '../../../src/state/urlKnown';
import { seedStore } from './seedStore';

function seeded() {
  const store = createAppStore();
  seedStore(store);
  return store.getState();
}

describe('knownIdsOf', () => {
  it('builds no table of ids for a link that names no record, article or trade year', () => {
    const known = knownIdsOf(seeded(), { ...DEFAULT_URL_STATE, countries: ['KAZ'] });
    expect(known.records.size).toBe(0);
    expect(known.articles).toBeNull();
    expect(known.tradeYears).toBeNull();
    // The codes are always known: a link's countries are checked against them.
    expect(known.codes?.has('KAZ')).toBe(true);
  });

  it("builds only the selected record's kind, and the articles its own article is checked in", () => {
    const s = seeded();
    const project = selectRecords(s, 'projects')[0]?.properties.id ?? '';
    expect(project).not.toBe('');
    const known = knownIdsOf(s, { ...DEFAULT_URL_STATE, selection: { kind: 'project', id: project } });
    expect([...known.records.keys()]).toEqual(['project']);
    expect(known.records.get('project')?.has(project)).toBe(true);
    expect(known.articles?.size).toBeGreaterThan(0);
    expect(known.tradeYears).toBeNull();
  });

  it('still drops what the data does not have, for each part a link names', () => {
    const s = seeded();
    const link: UrlState = {
      ...DEFAULT_URL_STATE,
      selection: { kind: 'figure', id: 'no-such-figure' },
      article: 'no-such-article',
      tradeYear: 1901,
    };
    const checked = checkAgainstData(link, knownIdsOf(s, link));
    expect(checked.state.selection).toBeNull();
    expect(checked.state.article).toBeNull();
    expect(checked.state.tradeYear).toBeNull();
    expect(checked.dropped).toHaveLength(3);
  });
});
