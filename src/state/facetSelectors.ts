import type { Figure, ProjectFeature } from '../data/schema';
import { memoLast } from '../lib/memo';
import { selectRecords } from './records';
import { type Matched, selectVisibleProjects } from './selectors';
import type { AppState } from './store';
import { isRangeSet, projectInRange, type TimeRange } from './timeRange';

// Selectors for the project facets and the project facts kept in other files (the cost figures
// that name a project). Pure; one memo each.

const costsFor = memoLast((figures: readonly Figure[]) => {
  const byProject = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.project === undefined) continue;
    const list = byProject.get(f.project);
    if (list) list.push(f);
    else byProject.set(f.project, [f]);
  }
  return byProject as ReadonlyMap<string, readonly Figure[]>;
});
/** The figures that name each project (its costs, as the articles state them), by project id. */
export const selectProjectCostFigures = (s: AppState): ReadonlyMap<string, readonly Figure[]> =>
  costsFor(selectRecords(s, 'figures'));

const undatedFor = memoLast((matched: readonly Matched<ProjectFeature>[], range: TimeRange) =>
  isRangeSet(range) ? matched.filter((m) => projectInRange(m.record, range) === 'undated').length : 0,
);
/** How many of the visible projects state no date while a time range is set: "dates not stated". */
export const selectUndatedProjectCount = (s: AppState): number =>
  undatedFor(selectVisibleProjects(s), s.range);
