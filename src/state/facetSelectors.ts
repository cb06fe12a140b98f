import type { Figure, ProjectFeature } from '../data/schema';
import { memoLast } from '../lib/memo';
import { anyFacet, type ProjectFacets, passesFacets } from './projectFacets';
import type { AppState } from './store';

// Selectors for the project facets and the project facts kept in other files (the cost figures
// that name a project). Pure; one memo each.

interface Matchable {
  record: ProjectFeature;
}

/** The country filter's matches that the facets also accept; the same list when no facet is set. */
export function facetProjects<T extends Matchable>(matched: T[], facets: ProjectFacets): T[] {
  if (!anyFacet(facets)) return matched;
  return matched.filter((m) => passesFacets(m.record.properties, facets));
}

const NO_FIGURES: readonly Figure[] = [];
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
  costsFor(s.files.figures.status === 'ready' ? s.files.figures.data.figures : NO_FIGURES);
