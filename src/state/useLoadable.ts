import type { DataKey } from './dataSlice';
import { type AppState, useAppStore } from './store';

/** One data file's loading state, selected on its own so panels re-render only for their files. */
export function useLoadable<K extends DataKey>(key: K): AppState['files'][K] {
  return useAppStore((s) => s.files[key]);
}
