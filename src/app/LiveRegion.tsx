import { useMemo } from 'react';
import { formatCount } from '../lib/formatValue';
import { isolateText } from '../lib/isolate';
import { matchedGroups } from '../state/filterMatch';
import { selectAllReady } from '../state/records';
import {
  figureCodes,
  selectEntityNames,
  selectFilterIndex,
  selectUndatedFigureCount,
  selectVisibleEvents,
  selectVisibleFigures,
  selectVisiblePlaces,
  selectVisibleProjects,
} from '../state/selectors';
import { useAppStore } from '../state/store';
import { ALL_TIME, isRangeSet, type TimeRange } from '../state/timeRange';

export interface FilterCounts {
  figures: number;
  projects: number;
  places: number;
  events: number;
  /** Figures shown because they are about a group with a selected member. */
  regionalFigures: number;
  /** Names of those groups ("Central Asia"). */
  regionalGroups: string[];
  /** Figures kept although they state no date, while a time range is set. */
  undatedFigures?: number;
}

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

const rangeWords = ({ from, to }: TimeRange): string =>
  from !== null && to !== null ? `from ${from} to ${to}` : from !== null ? `from ${from} on` : `up to ${to}`;

/** The sentence the live region announces after each filter or time range change. */
export function filterSummary(
  selectedNames: readonly string[],
  c: FilterCounts,
  range: TimeRange = ALL_TIME,
): string {
  // What the figure count holds, in one parenthesis: "(7 for Central Asia as a whole; 42 with no date stated)".
  const about = [
    c.regionalFigures > 0 &&
      `${c.regionalFigures === c.figures ? 'all' : formatCount(c.regionalFigures)} for ${c.regionalGroups.map(isolateText).join(' or ')} as a whole`,
    (c.undatedFigures ?? 0) > 0 && `${formatCount(c.undatedFigures ?? 0)} with no date stated`,
  ].filter(Boolean);
  const figures = `${count(c.figures, 'figure', 'figures')}${about.length > 0 ? ` (${about.join('; ')})` : ''}`;
  const list = `${figures}, ${count(c.projects, 'project', 'projects')}, ${count(c.places, 'place', 'places')} and ${count(c.events, 'event', 'events')}`;
  if (isRangeSet(range)) {
    const who =
      selectedNames.length === 0
        ? 'All countries'
        : selectedNames.length === 1
          ? isolateText(selectedNames[0] ?? '')
          : `${selectedNames.length} countries`;
    return `${who}, ${rangeWords(range)}: showing ${list}; the time range does not narrow projects and places, which carry no dates.`;
  }
  if (selectedNames.length === 0) return `No country selected: showing all ${list}.`;
  const who =
    selectedNames.length === 1
      ? `${isolateText(selectedNames[0] ?? '')} selected`
      : `${selectedNames.length} countries selected`;
  return `${who}: ${list}.`;
}

/** Announces, politely, what the country filter now shows. Visible too, as the filter's summary. */
export function LiveRegion() {
  const ready = useAppStore((s) =>
    selectAllReady(s, ['countries', 'figures', 'projects', 'places', 'events']),
  );
  const selected = useAppStore((s) => s.countries);

  const figures = useAppStore(selectVisibleFigures);
  const projects = useAppStore((s) => selectVisibleProjects(s).length);
  const places = useAppStore((s) => selectVisiblePlaces(s).length);
  const events = useAppStore((s) => selectVisibleEvents(s).length);
  const index = useAppStore(selectFilterIndex);
  const names = useAppStore(selectEntityNames);
  const range = useAppStore((s) => s.range);
  const undatedFigures = useAppStore(selectUndatedFigureCount);

  const text = useMemo(() => {
    if (!ready) return '';
    const regional = figures.filter((f) => f.match === 'regional');
    const groups = [...new Set(regional.flatMap((f) => matchedGroups(figureCodes(f.record), index)))];
    return filterSummary(
      selected.map((c) => names.get(c) ?? c),
      {
        figures: figures.length,
        projects,
        places,
        events,
        regionalFigures: regional.length,
        regionalGroups: groups.map((g) => names.get(g) ?? g),
        undatedFigures,
      },
      range,
    );
  }, [ready, selected, figures, projects, places, events, index, names, range, undatedFigures]);

  return (
    <p className="filter-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
