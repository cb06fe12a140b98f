// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectAllReady, selectDataset, selectFileData, selectRecords } from '../../../src/state/records';
import { createAppStore } from '../../../src/state/store';
import { putFile, seedFile, seedStore } from './seedStore';

describe('selectRecords', () => {
  it('reads no records, the same empty list each time, until the file is ready', () => {
    const store = createAppStore();
    const first = selectRecords(store.getState(), 'projects');
    expect(first).toEqual([]);
    putFile(store, 'figures', { status: 'error', problems: [] });
    expect(selectRecords(store.getState(), 'projects')).toBe(first);
    expect(selectRecords(store.getState(), 'figures')).toBe(first);
    expect(selectFileData(store.getState(), 'countries')).toBeNull();
  });

  it("reads each file's record list as DATA_FILES names it", () => {
    const store = createAppStore();
    seedStore(store);
    const s = store.getState();
    expect(selectRecords(s, 'projects')).toBe(seedFileOf(s, 'projects'));
    expect(selectRecords(s, 'figures').map((f) => f.id)).toEqual(
      seedFile('figures').figures.map((f) => f.id),
    );
    expect(selectRecords(s, 'events').length).toBe(seedFile('events').events.length);
    expect(selectRecords(s, 'countries').map((c) => c.code)).toContain('KAZ');
    expect(selectRecords(s, 'articles').length).toBe(4);
    expect(selectAllReady(s, ['articles', 'places'])).toBe(true);
  });

  it('gives the workbench the whole dataset only once every file is in, the same object until it changes', () => {
    const store = createAppStore();
    expect(selectDataset(store.getState())).toBeNull();
    seedStore(store);
    const dataset = selectDataset(store.getState());
    expect(dataset?.figures).toBe(selectFileData(store.getState(), 'figures'));
    store.getState().setCountries(['KAZ']);
    expect(selectDataset(store.getState())).toBe(dataset);
    putFile(store, 'places', { status: 'loading' });
    expect(selectDataset(store.getState())).toBeNull();
  });
});

function seedFileOf(s: ReturnType<ReturnType<typeof createAppStore>['getState']>, key: 'projects') {
  return selectFileData(s, key)?.features;
}
