import { memoRecent } from '../lib/memo';
import { FILTER_STATES_KEPT, selectFilterIndex } from '../state/selectors';
import { useAppStore } from '../state/store';
import { selectArticleTitles, selectEntityNames } from './chartSelectors';
import type { NameContext } from './describeRecord';

// One object per names, titles and filter index, for the last few filter states: going back to a
// filter gives the very naming of before, so charts keyed on it reuse their layouts (SpecChart).
const namingFor = memoRecent(
  (names: NameContext['names'], titles: NameContext['titles'], index: NameContext['index']): NameContext => ({
    names,
    titles,
    index,
  }),
  FILTER_STATES_KEPT,
);

/** Names, article titles and the filter index, as one stable object for describing records. */
export function useNameContext(): NameContext {
  const names = useAppStore(selectEntityNames);
  const titles = useAppStore(selectArticleTitles);
  const index = useAppStore(selectFilterIndex);
  return namingFor(names, titles, index);
}
