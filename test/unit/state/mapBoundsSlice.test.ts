import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';

describe('mapBounds', () => {
  it('starts empty, holds the published view, and ignores a move that ends where it began', () => {
    const store = createAppStore();
    expect(store.getState().mapBounds).toBeNull();
    store.getState().setMapBounds([50, 35, 80, 50]);
    const first = store.getState().mapBounds;
    expect(first).toEqual([50, 35, 80, 50]);
    store.getState().setMapBounds([50, 35, 80, 50]);
    expect(store.getState().mapBounds).toBe(first);
    store.getState().setMapBounds(null);
    expect(store.getState().mapBounds).toBeNull();
  });
});
