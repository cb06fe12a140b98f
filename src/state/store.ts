import { useStore as useZustandStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ChartOptionsSlice, createChartOptionsSlice } from './chartOptionsSlice';
import { type CurateSlice, createCurateSlice } from './curateSlice';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createMapBoundsSlice, type MapBoundsSlice } from './mapBoundsSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createReaderSlice, type ReaderSlice } from './readerSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';

export type AppState = DataSlice &
  FilterSlice &
  SelectionSlice &
  LayersSlice &
  MapBoundsSlice &
  ReaderSlice &
  NoticesSlice &
  ChartOptionsSlice &
  CurateSlice;

/** One store built from slices. A factory, so each test gets a fresh store. */
export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createLayersSlice(...a),
    ...createMapBoundsSlice(...a),
    ...createReaderSlice(...a),
    ...createNoticesSlice(...a),
    ...createChartOptionsSlice(...a),
    ...createCurateSlice(...a),
  }));
}

export const appStore = createAppStore();

/** Select a single value (or use useShallow for an object) so components re-render only on change. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useZustandStore(appStore, selector);
}
