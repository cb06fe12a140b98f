import { memoLast, memoRecent } from '../lib/memo';
import { FILTER_STATES_KEPT, type Matched } from '../state/selectors';
import type { Match, NameContext } from './describeRecord';

type Describe<R, T> = (record: R, match: Match, naming: NameContext) => T;

/**
 * A chart's record texts, described once per data set rather than once per click. A record's text
 * depends on the filter only through its note "for Central Asia as a whole" (a 'regional' match,
 * which reads the selected countries): every other text is kept per record and match while the
 * names and titles stay the same objects, and a regional one is described afresh. The same items
 * with the same names give the same array, for the last few filter states.
 */
export function describeCache<R extends object, T>() {
  // One table of texts per describer and naming tables: a new data set or language starts afresh.
  const textsOf = memoLast(
    (_describe: Describe<R, T>, _names: NameContext['names'], _titles: NameContext['titles']) =>
      new WeakMap<R, Map<Match, T>>(),
  );
  const describeAll = memoRecent(
    (
      describe: Describe<R, T>,
      items: readonly Matched<R>[],
      names: NameContext['names'],
      titles: NameContext['titles'],
      index: NameContext['index'],
    ): T[] => {
      const naming = { names, titles, index };
      const texts = textsOf(describe, names, titles);
      return items.map(({ record, match }) => {
        if (match === 'regional') return describe(record, match, naming);
        let byMatch = texts.get(record);
        if (byMatch === undefined) {
          byMatch = new Map();
          texts.set(record, byMatch);
        }
        let text = byMatch.get(match);
        if (text === undefined) {
          text = describe(record, match, naming);
          byMatch.set(match, text);
        }
        return text;
      });
    },
    FILTER_STATES_KEPT,
  );
  // Keyed by the naming's parts, not the object: a hook makes a new one when the filter changes.
  return (describe: Describe<R, T>, items: readonly Matched<R>[], naming: NameContext): T[] =>
    describeAll(describe, items, naming.names, naming.titles, naming.index);
}
