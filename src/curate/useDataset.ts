import type { Dataset } from '../data/checkDataset';
import { selectDataset } from '../state/records';
import { useAppStore } from '../state/store';

/** The loaded folder as the validator sees it, once every file is in; null before. */
export function useDataset(): Dataset | null {
  return useAppStore(selectDataset);
}
