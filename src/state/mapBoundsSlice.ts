import type { StateCreator } from 'zustand';

/** The map's viewport as [west, south, east, north] in degrees; null until the map has drawn. */
export type MapBounds = readonly [number, number, number, number];

export interface MapBoundsSlice {
  mapBounds: MapBounds | null;
  setMapBounds: (bounds: MapBounds | null) => void;
}

export const createMapBoundsSlice: StateCreator<MapBoundsSlice, [], [], MapBoundsSlice> = (set, get) => ({
  mapBounds: null,
  setMapBounds: (bounds) => {
    const now = get().mapBounds;
    // A move that ends where it began publishes nothing: readers re-render on a real change only.
    if (now && bounds && now.every((v, i) => v === bounds[i])) return;
    set({ mapBounds: bounds });
  },
});
