// What the bench page (scripts/bench/pageScripts.ts) and the bench build share through `window`.
// Set by the page's init script before the app loads; read and counted only by bench modules.

export type MapMode = 'ours' | 'baseline';

export interface BenchWindowState {
  mode: MapMode;
  /** Layers the map added since load. */
  layerAdds: number;
  /** Leaflet paths the baseline restyled since load. */
  restyled: number;
}

declare global {
  interface Window {
    __bench?: BenchWindowState;
  }
}

export const benchState = (): BenchWindowState | undefined =>
  typeof window === 'undefined' ? undefined : window.__bench;
