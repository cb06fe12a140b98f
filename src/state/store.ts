import { createContext, createElement, type ReactNode, useContext } from 'react';
import { useStore as useZustandStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type BodiesSlice, createBodiesSlice } from './bodiesSlice';
import { type ChartOptionsSlice, createChartOptionsSlice } from './chartOptionsSlice';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createMapBoundsSlice, type MapBoundsSlice } from './mapBoundsSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createFacetsSlice, type FacetsSlice } from './projectFacets';
import { createRangeSlice, type RangeSlice } from './rangeSlice';
import { createReaderSlice, type ReaderSlice } from './readerSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';

export type AppState = DataSlice &
  BodiesSlice &
  FilterSlice &
  RangeSlice &
  SearchSlice &
  SelectionSlice &
  LayersSlice &
  MapBoundsSlice &
  ReaderSlice &
  NoticesSlice &
  ChartOptionsSlice &
  FacetsSlice;

/** One store built from slices. A factory, so each test gets a fresh store. */
export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createBodiesSlice(...a),
    ...createFilterSlice(...a),
    ...createRangeSlice(...a),
    ...createSearchSlice(...a),
    ...createSelectionSlice(...a),
    ...createLayersSlice(...a),
    ...createMapBoundsSlice(...a),
    ...createReaderSlice(...a),
    ...createNoticesSlice(...a),
    ...createChartOptionsSlice(...a),
    ...createFacetsSlice(...a),
  }));
}

// The page makes one store at start and hands it down; a test renders with a store of its own.
const StoreContext = createContext<StoreApi<AppState> | null>(null);

/** Gives the components below it their store: the app's one, or a test's fresh one. */
export function StoreProvider({ store, children }: { store: StoreApi<AppState>; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store itself, for handlers that read its state at the moment they run. */
export function useStoreApi(): StoreApi<AppState> {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useAppStore and useStoreApi need a StoreProvider above them');
  return store;
}

/** Select a single value (or use useShallow for an object) so components re-render only on change. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useZustandStore(useStoreApi(), selector);
}
