import type { Figure, ProjectFeature } from '../data/schema';
import type { Matched } from '../state/selectors';
import { costClaims, sortingCost } from './projectFacts';

// The project list's orders. Projects with no value for the key (no cost stated in USD, no start
// date) go last, in data order, so sorting never hides them.

export const PROJECT_ORDERS = {
  data: 'As in the data',
  name: 'Name',
  cost: 'Cost, highest first',
  start: 'Construction start, earliest first',
} as const;
export type ProjectOrder = keyof typeof PROJECT_ORDERS;

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function orderProjects(
  matched: readonly Matched<ProjectFeature>[],
  order: ProjectOrder,
  costFigures: ReadonlyMap<string, readonly Figure[]>,
): readonly Matched<ProjectFeature>[] {
  if (order === 'data') return matched;
  if (order === 'name')
    return [...matched].sort((a, b) => byName.compare(a.record.properties.name, b.record.properties.name));
  const keyed = matched.map((m, i) => {
    const p = m.record.properties;
    const key =
      order === 'cost'
        ? sortingCost(costClaims(p, costFigures.get(p.id) ?? []))
        : (p.dates?.started?.date ?? null);
    return { m, i, key };
  });
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
    if (a.key === b.key) return a.i - b.i;
    if (order === 'cost') return (b.key as number) - (a.key as number);
    return (a.key as string) < (b.key as string) ? -1 : 1;
  });
  return keyed.map((k) => k.m);
}
