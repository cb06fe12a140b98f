import { useMemo } from 'react';
import { isolateText } from '../lib/isolate';
import { matchedGroups } from '../state/filterMatch';
import { selectAllReady } from '../state/records';
import {
  figureCodes,
  selectEntityNames,
  selectFilterIndex,
  selectVisibleEvents,
  selectVisibleFigures,
  selectVisiblePlaces,
  selectVisibleProjects,
} from '../state/selectors';
import { useAppStore } from '../state/store';

export interface FilterCounts {
  figures: number;
  projects: number;
  places: number;
  events: number;
  /** Figures shown because they are about a group with a selected member. */
  regionalFigures: number;
  /** Names of those groups ("Central Asia"). */
  regionalGroups: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence the live region announces after each filter change. */
export function filterSummary(selectedNames: readonly string[], c: FilterCounts): string {
  const regional =
    c.regionalFigures > 0
      ? ` (${c.regionalFigures === c.figures ? 'all' : c.regionalFigures} for ${c.regionalGroups.map(isolateText).join(' or ')} as a whole)`
      : '';
  const list = `${count(c.figures, 'figure', 'figures')}${regional}, ${count(c.projects, 'project', 'projects')}, ${count(c.places, 'place', 'places')} and ${count(c.events, 'event', 'events')}`;
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
      },
    );
  }, [ready, selected, figures, projects, places, events, index, names]);

  return (
    <p className="filter-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
