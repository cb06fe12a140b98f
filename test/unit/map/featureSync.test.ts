import type L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { LayerIndex, type SyncItem } from '../../../src/map/leaflet/featureSync';

// A stand-in for a Leaflet layer group: the sync only adds and removes layers.
function fakeGroup() {
  const layers = new Set<object>();
  const group = {
    addLayer: (l: object) => layers.add(l),
    removeLayer: (l: object) => layers.delete(l),
  } as unknown as L.LayerGroup;
  return { group, layers };
}

interface Rec {
  id: string;
}
let created = 0;
const item = (record: Rec, styleKey: string, restyled: string[]): SyncItem<Rec> => ({
  id: record.id,
  record,
  styleKey,
  create: () => {
    created++;
    return [
      { id: record.id, part: 'casing' } as unknown as L.Layer,
      { id: record.id, part: 'main' } as unknown as L.Layer,
    ];
  },
  restyle: () => {
    restyled.push(record.id);
  },
});

describe('LayerIndex.sync', () => {
  it('adds each new feature once, with all its layers', () => {
    const { group, layers } = fakeGroup();
    const index = new LayerIndex<Rec>(group);
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(index.sync([item(a, '', []), item(b, '', [])])).toEqual({ added: 2, restyled: 0, removed: 0 });
    expect(layers.size).toBe(4);
    expect(index.get('a')).toHaveLength(2);
  });

  it('restyles in place when only the style changes, and skips unchanged styles', () => {
    const { group, layers } = fakeGroup();
    const index = new LayerIndex<Rec>(group);
    const a = { id: 'a' };
    const b = { id: 'b' };
    index.sync([item(a, 'plain', []), item(b, 'plain', [])]);
    const before = index.get('a');
    const restyled: string[] = [];
    created = 0;
    expect(index.sync([item(a, 'selected', restyled), item(b, 'plain', restyled)])).toEqual({
      added: 0,
      restyled: 1,
      removed: 0,
    });
    expect(restyled).toEqual(['a']);
    expect(created).toBe(0);
    expect(index.get('a')).toBe(before);
    expect(layers.size).toBe(4);
  });

  it('removes features that are no longer visible, and brings them back when they return', () => {
    const { group, layers } = fakeGroup();
    const index = new LayerIndex<Rec>(group);
    const a = { id: 'a' };
    const b = { id: 'b' };
    index.sync([item(a, '', []), item(b, '', [])]);
    expect(index.sync([item(a, '', [])])).toEqual({ added: 0, restyled: 0, removed: 1 });
    expect(layers.size).toBe(2);
    expect(index.get('b')).toBeUndefined();
    expect(index.sync([item(a, '', []), item(b, '', [])]).added).toBe(1);
    expect(index.size).toBe(2);
  });

  it('rebuilds a feature whose record was replaced (new data), dropping the old layers', () => {
    const { group, layers } = fakeGroup();
    const index = new LayerIndex<Rec>(group);
    index.sync([item({ id: 'a' }, '', [])]);
    const old = index.get('a');
    expect(index.sync([item({ id: 'a' }, '', [])])).toEqual({ added: 1, restyled: 0, removed: 0 });
    expect(index.get('a')).not.toBe(old);
    expect(layers.size).toBe(2);
    for (const l of old ?? []) expect(layers.has(l)).toBe(false);
  });

  it('handles ten thousand features, then a filter to a tenth, by id', () => {
    const { group, layers } = fakeGroup();
    const index = new LayerIndex<Rec>(group);
    const records = Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}` }));
    index.sync(records.map((r) => item(r, '', [])));
    const result = index.sync(records.filter((_, i) => i % 10 === 0).map((r) => item(r, '', [])));
    expect(result).toEqual({ added: 0, restyled: 0, removed: 9_000 });
    expect(layers.size).toBe(2_000);
  });
});
