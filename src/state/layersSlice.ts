import type { StateCreator } from 'zustand';

export const LAYER_IDS = ['projects', 'places', 'conflict', 'tiles'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type Layers = Record<LayerId, boolean>;

/** The online tile layer is opt-in: by default Crossroads makes no request off its own origin. */
export const DEFAULT_LAYERS: Layers = { projects: true, places: true, conflict: true, tiles: false };

export interface LayersSlice {
  layers: Layers;
  setLayer: (id: LayerId, visible: boolean) => void;
  setLayers: (layers: Layers) => void;
}

export const createLayersSlice: StateCreator<LayersSlice, [], [], LayersSlice> = (set) => ({
  layers: DEFAULT_LAYERS,
  setLayer: (id, visible) => set((s) => ({ layers: { ...s.layers, [id]: visible } })),
  setLayers: (layers) => set({ layers }),
});
