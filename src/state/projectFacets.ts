import type { StateCreator } from 'zustand';
import {
  type Financier,
  type ProjectFeature,
  type ProjectProps,
  projectKindSchema,
  projectStatusSchema,
} from '../data/schema';

// The map's project facets: status, kind and financier. Each facet is a set of accepted values;
// an empty set accepts everything. A project passes when every facet accepts it (facets combine
// with each other and with the country filter; values within one facet are alternatives).

export type ProjectStatus = ProjectProps['status'];
export type ProjectKind = ProjectProps['kind'];

// The facets offer the schema's own values, in the schema's order.
export const FACET_STATUSES: readonly ProjectStatus[] = projectStatusSchema.options;
export const FACET_KINDS: readonly ProjectKind[] = projectKindSchema.options;

export interface ProjectFacets {
  statuses: readonly ProjectStatus[];
  kinds: readonly ProjectKind[];
  /** Financier keys (see financierKeys): a country code or an institution's slug. */
  financiers: readonly string[];
}
export type FacetName = keyof ProjectFacets;

export const NO_FACETS: ProjectFacets = { statuses: [], kinds: [], financiers: [] };

export const anyFacet = (f: ProjectFacets): boolean =>
  f.statuses.length + f.kinds.length + f.financiers.length > 0;

/** An institution's name as a key for the URL: lowercase letters, digits and hyphens. */
export const institutionKey = (name: string): string =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

/** The keys a financier answers to: its country's code and its institution's slug. */
export function financierKeys(f: Financier): string[] {
  const keys: string[] = [];
  if (f.country !== null) keys.push(f.country);
  if (f.institution !== null) {
    const key = institutionKey(f.institution);
    if (key !== '') keys.push(key);
  }
  return keys;
}

export function passesFacets(p: ProjectProps, facets: ProjectFacets): boolean {
  if (facets.statuses.length > 0 && !facets.statuses.includes(p.status)) return false;
  if (facets.kinds.length > 0 && !facets.kinds.includes(p.kind)) return false;
  if (facets.financiers.length === 0) return true;
  return (p.financiers ?? []).some((f) => financierKeys(f).some((k) => facets.financiers.includes(k)));
}

export interface FinancierOption {
  key: string;
  /** The institution's name, or null for a country key (named through the one name map). */
  institution: string | null;
  count: number;
}

/** Every financier key in the data with how many projects it finances, most projects first. */
export function financierOptions(features: readonly ProjectFeature[]): FinancierOption[] {
  const byKey = new Map<string, FinancierOption>();
  for (const { properties: p } of features) {
    // Most projects name no financier: they cost nothing here (this runs on the first load).
    if (p.financiers === undefined || p.financiers.length === 0) continue;
    const keys = new Set<string>();
    for (const f of p.financiers)
      for (const key of financierKeys(f)) {
        keys.add(key);
        if (!byKey.has(key))
          byKey.set(key, { key, institution: key === f.country ? null : f.institution, count: 0 });
      }
    for (const key of keys) (byKey.get(key) as FinancierOption).count += 1;
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

interface Matchable {
  record: ProjectFeature;
}

/** The country filter's matches that the facets also accept; the same list when no facet is set. */
export function facetProjects<T extends Matchable>(matched: T[], facets: ProjectFacets): T[] {
  if (!anyFacet(facets)) return matched;
  return matched.filter((m) => passesFacets(m.record.properties, facets));
}

const sortedUnique = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs)].sort();

export interface FacetsSlice {
  facets: ProjectFacets;
  toggleFacet: (name: FacetName, value: string) => void;
  setFacets: (facets: ProjectFacets) => void;
  clearFacets: () => void;
}

export const createFacetsSlice: StateCreator<FacetsSlice, [], [], FacetsSlice> = (set) => ({
  facets: NO_FACETS,
  toggleFacet: (name, value) =>
    set((s) => {
      const current: readonly string[] = s.facets[name];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { facets: { ...s.facets, [name]: sortedUnique(next) } };
    }),
  setFacets: (facets) => set({ facets }),
  clearFacets: () => set({ facets: NO_FACETS }),
});
