import type L from 'leaflet';

// The one place the map's feature layers are updated. Each feature id owns a few Leaflet layers
// (a route and its casing, a marker and its halo) inside a persistent group. A sync adds what is
// new, restyles what changed through Leaflet's setters, and removes what is gone: no layer is
// rebuilt because a filter or the selection changed. Swapping this module is how a benchmark can
// compare against remounting everything.

export interface SyncItem<T> {
  id: string;
  /** The data record: a different object means the geometry may differ, so its layers are rebuilt. */
  record: T;
  /** Equal keys mean equal styles: restyling is skipped. */
  styleKey: string;
  create: () => L.Layer[];
  restyle: (layers: L.Layer[]) => void;
}

interface Entry<T> {
  record: T;
  styleKey: string;
  layers: L.Layer[];
}

export interface SyncResult {
  added: number;
  restyled: number;
  removed: number;
}

export class LayerIndex<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly group: L.LayerGroup) {}

  get(id: string): readonly L.Layer[] | undefined {
    return this.entries.get(id)?.layers;
  }

  get size(): number {
    return this.entries.size;
  }

  sync(items: Iterable<SyncItem<T>>): SyncResult {
    const result = { added: 0, restyled: 0, removed: 0 };
    const seen = new Set<string>();
    for (const item of items) {
      seen.add(item.id);
      const entry = this.entries.get(item.id);
      if (entry && entry.record === item.record) {
        if (entry.styleKey !== item.styleKey) {
          item.restyle(entry.layers);
          entry.styleKey = item.styleKey;
          result.restyled++;
        }
        continue;
      }
      if (entry) for (const layer of entry.layers) this.group.removeLayer(layer);
      const layers = item.create();
      for (const layer of layers) this.group.addLayer(layer);
      this.entries.set(item.id, { record: item.record, styleKey: item.styleKey, layers });
      result.added++;
    }
    for (const [id, entry] of this.entries) {
      if (seen.has(id)) continue;
      for (const layer of entry.layers) this.group.removeLayer(layer);
      this.entries.delete(id);
      result.removed++;
    }
    return result;
  }

  forEach(visit: (id: string, layers: readonly L.Layer[]) => void): void {
    for (const [id, entry] of this.entries) visit(id, entry.layers);
  }
}
