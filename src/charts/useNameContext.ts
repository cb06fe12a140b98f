import { useMemo } from 'react';
import { selectFilterIndex } from '../state/selectors';
import { useAppStore } from '../state/store';
import { selectArticleTitles, selectEntityNames } from './chartSelectors';
import type { NameContext } from './describeRecord';

/** Names, article titles and the filter index, as one stable object for describing records. */
export function useNameContext(): NameContext {
  const names = useAppStore(selectEntityNames);
  const titles = useAppStore(selectArticleTitles);
  const index = useAppStore(selectFilterIndex);
  return useMemo(() => ({ names, titles, index }), [names, titles, index]);
}
