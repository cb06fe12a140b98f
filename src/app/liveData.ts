import type { StoreApi } from 'zustand';
import type { AppState } from '../state/store';
import { loadData } from './loadData';

/** Sent by the dev server (`npm run curate`) after the workbench writes a data file. */
export const DATA_CHANGED_EVENT = 'crossroads:data-changed';

/**
 * Under the dev server, reloads the data in place when the workbench saves, so an open dashboard
 * shows the change without a page reload. `import.meta.hot` is undefined in a build, where this
 * whole body is dropped.
 */
export function reloadOnDataChange(store: StoreApi<AppState>, base: string): void {
  if (import.meta.hot) import.meta.hot.on(DATA_CHANGED_EVENT, () => void loadData(store, base));
}
