import { useMemo } from 'react';
import type { ProjectFeature } from '../data/schema';
import { formatCount } from '../lib/formatValue';
import {
  anyFacet,
  FACET_KINDS,
  FACET_STATUSES,
  type FacetName,
  type ProjectFacets as Facets,
  financierOptions,
} from '../state/projectFacets';
import { selectRecords } from '../state/records';
import { useAppStore } from '../state/store';
import { KIND_LABELS, STATUS_LABELS } from './palette';
import { useNames } from './useMapData';

// The map's project filters: status, kind and financier, as checkboxes in a disclosure, so on a
// phone they take one line until opened. Only values the data holds are offered (and any a link
// set). The note under them, and the legend's, say what the filters hide.

/** More financiers than this are offered by count, most projects first; a selected one always shows. */
const FINANCIERS_SHOWN = 12;

function useProjects(): readonly ProjectFeature[] {
  return useAppStore((s) => selectRecords(s, 'projects'));
}

interface Option {
  value: string;
  label: string;
}

function FacetGroup({ name, legend, options }: { name: FacetName; legend: string; options: Option[] }) {
  const selected = useAppStore((s) => s.facets[name]) as readonly string[];
  const toggle = useAppStore((s) => s.toggleFacet);
  if (options.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="facet-option">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={() => toggle(name, o.value)}
          />
          <bdi>{o.label}</bdi>
        </label>
      ))}
    </fieldset>
  );
}

/** "status Planned; kind Railway or Highway": the facets in words, for the notes. */
export function describeFacets(facets: Facets, financierName: (key: string) => string): string {
  const parts: string[] = [];
  if (facets.statuses.length > 0)
    parts.push(`status ${facets.statuses.map((s) => STATUS_LABELS[s]).join(' or ')}`);
  if (facets.kinds.length > 0) parts.push(`kind ${facets.kinds.map((k) => KIND_LABELS[k]).join(' or ')}`);
  if (facets.financiers.length > 0)
    parts.push(`financed by ${facets.financiers.map(financierName).join(' or ')}`);
  return parts.join('; ');
}

function useFinancierName(): (key: string) => string {
  const names = useNames();
  const options = useFinancierOptions();
  return (key) => options.find((o) => o.key === key)?.institution ?? names.get(key) ?? key;
}

function useFinancierOptions() {
  const projects = useProjects();
  return useMemo(() => financierOptions(projects), [projects]);
}

/** What the project filters hide, in one sentence; null when none is set. */
export function FacetNote() {
  const facets = useAppStore((s) => s.facets);
  const nameOf = useFinancierName();
  if (!anyFacet(facets)) return null;
  return (
    <p className="muted legend-note facet-note">
      Project filters on (<bdi>{describeFacets(facets, nameOf)}</bdi>): projects outside them are hidden from
      the map, its labels and the list. The legend still lists every style in the data.
    </p>
  );
}

export function ProjectFacets() {
  const projects = useProjects();
  const facets = useAppStore((s) => s.facets);
  const clear = useAppStore((s) => s.clearFacets);
  const names = useNames();
  const financiers = useFinancierOptions();
  const on = facets.statuses.length + facets.kinds.length + facets.financiers.length;
  const present = useMemo(
    () => ({
      statuses: new Set<string>(projects.map((p) => p.properties.status)),
      kinds: new Set<string>(projects.map((p) => p.properties.kind)),
    }),
    [projects],
  );
  const statusOptions = FACET_STATUSES.filter(
    (s) => present.statuses.has(s) || facets.statuses.includes(s),
  ).map((s) => ({ value: s, label: STATUS_LABELS[s] }));
  const kindOptions = FACET_KINDS.filter((k) => present.kinds.has(k) || facets.kinds.includes(k)).map(
    (k) => ({
      value: k,
      label: KIND_LABELS[k],
    }),
  );
  const shownFinanciers = financiers.filter(
    (o, i) => i < FINANCIERS_SHOWN || facets.financiers.includes(o.key),
  );
  const financierOptionsShown = [
    ...shownFinanciers.map((o) => ({
      value: o.key,
      label: `${o.institution ?? names.get(o.key) ?? o.key} (${formatCount(o.count)})`,
    })),
    // A financier a link names that the data does not hold still shows, so it can be unticked.
    ...facets.financiers
      .filter((key) => !financiers.some((o) => o.key === key))
      .map((key) => ({ value: key, label: `${names.get(key) ?? key} (0)` })),
  ];
  return (
    <details className="project-facets">
      <summary>Filter projects{on > 0 ? ` · ${on} on` : ''}</summary>
      <FacetGroup name="statuses" legend="Status" options={statusOptions} />
      <FacetGroup name="kinds" legend="Kind" options={kindOptions} />
      <FacetGroup name="financiers" legend="Financier" options={financierOptionsShown} />
      {financiers.length === 0 && (
        <p className="muted facet-empty">No project in the data names a financier.</p>
      )}
      {on > 0 && (
        <button type="button" className="project-more" onClick={clear}>
          Clear project filters
        </button>
      )}
    </details>
  );
}
