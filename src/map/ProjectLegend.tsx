import { useMemo } from 'react';
import type { ProjectFeature } from '../data/schema';
import { formatCount } from '../lib/formatValue';
import { LegendGroup, LegendItem } from './LegendParts';
import { KIND_LABELS, type ProjectKind, type ProjectStatus, STATUS_LABELS } from './palette';
import { ClusterSwatch, LineSwatch, PointSwatch } from './Swatch';
import { DENSE_ROUTES, PLAIN, projectLineStyle, projectPointStyle } from './styles';

/** Status and precision swatches use the grey of mining, so they say nothing about kind. */
const NEUTRAL = 'mining' as const;
const STATUSES: ProjectStatus[] = ['planned', 'under construction', 'operational'];

function Pair({ p }: { p: Pick<ProjectFeature['properties'], 'kind' | 'status' | 'precision'> }) {
  return (
    <span className="swatch-pair">
      <LineSwatch style={projectLineStyle(p, PLAIN)} width={38} />
      <PointSwatch style={projectPointStyle(p, PLAIN)} size={22} />
    </span>
  );
}

/** What the projects use, in one pass (it runs over every project on the first load). */
function stylesUsed(projects: readonly ProjectFeature[]) {
  const kinds = new Set<ProjectKind>();
  const routeKinds = new Set<ProjectKind>();
  const statuses = new Set<ProjectStatus>();
  const precisions = new Set<ProjectFeature['properties']['precision']>();
  for (let i = 0; i < projects.length; i++) {
    const { properties: p, geometry } = projects[i] as ProjectFeature;
    kinds.add(p.kind);
    if (geometry.type === 'LineString') routeKinds.add(p.kind);
    statuses.add(p.status);
    precisions.add(p.precision);
  }
  return { kinds, routeKinds, statuses, precisions };
}

/** Kinds, statuses and how well locations are known: the styles the projects use. */
export function ProjectLegend({
  projects,
  anyRegional,
}: {
  projects: readonly ProjectFeature[];
  anyRegional: boolean;
}) {
  const used = useMemo(() => stylesUsed(projects), [projects]);
  if (projects.length === 0) return null;
  const kinds = [...used.kinds].sort();
  const isRoute = (k: ProjectKind) => used.routeKinds.has(k);
  const statuses = STATUSES.filter((st) => used.statuses.has(st));
  const precisions = [...used.precisions];
  const exemplar = { kind: NEUTRAL, status: 'operational', precision: 'exact' } as const;
  return (
    <>
      <LegendGroup title="Projects, by kind">
        {kinds.map((kind) => {
          const p = { kind, status: 'operational', precision: 'exact' } as const;
          const swatch = isRoute(kind) ? (
            <LineSwatch style={projectLineStyle(p, PLAIN)} />
          ) : (
            <PointSwatch style={projectPointStyle(p, PLAIN)} size={22} />
          );
          return (
            <LegendItem key={kind} swatch={swatch}>
              {KIND_LABELS[kind]}
            </LegendItem>
          );
        })}
        <LegendItem
          swatch={<LineSwatch style={projectLineStyle(exemplar, { selected: true, regional: false })} />}
        >
          Selected: dark and heavier
        </LegendItem>
        {anyRegional && (
          <LegendItem
            swatch={<LineSwatch style={projectLineStyle(exemplar, { selected: false, regional: true })} />}
          >
            Faded: shown for a group (Central Asia, the EU) with a selected member
          </LegendItem>
        )}
      </LegendGroup>
      {projects.some((p) => p.geometry.type === 'Point') && (
        <LegendGroup title="Clusters">
          <LegendItem swatch={<ClusterSwatch />}>
            Project sites close together at this zoom, grouped; the number says how many. Click it or press
            Enter on it to zoom in until it splits. Routes are never grouped.
          </LegendItem>
        </LegendGroup>
      )}
      <LegendGroup title="Status">
        {statuses.map((status) => (
          <LegendItem key={status} swatch={<Pair p={{ kind: NEUTRAL, status, precision: 'exact' }} />}>
            {STATUS_LABELS[status]}
          </LegendItem>
        ))}
      </LegendGroup>
      {projects.filter((p) => p.geometry.type === 'LineString').length > DENSE_ROUTES && (
        <p className="muted legend-note">
          With more than {formatCount(DENSE_ROUTES)} routes in view the map draws them solid and without
          casings, so status and precision do not show; zoom in to see them.
        </p>
      )}
      <LegendGroup title="How well the location is known">
        {precisions.includes('exact') && (
          <LegendItem swatch={<Pair p={exemplar} />}>Exact: located by the curator</LegendItem>
        )}
        {precisions.includes('approximate') && (
          <LegendItem swatch={<Pair p={{ ...exemplar, precision: 'approximate' }} />}>
            Approximate: a sketch; the route or site lies somewhere in the band
          </LegendItem>
        )}
        {precisions.includes('country-level') && (
          <LegendItem
            swatch={
              <PointSwatch
                style={projectPointStyle({ ...exemplar, precision: 'country-level' }, PLAIN)}
                size={22}
              />
            }
          >
            Location not stated — shown at country level (several in one country sit in a ring)
          </LegendItem>
        )}
      </LegendGroup>
    </>
  );
}
