import type { ReactNode } from 'react';
import type { PlaceFeature, ProjectFeature } from '../data/schema';
import { useAppStore } from '../state/store';
import { CountryLegend } from './CountryLegend';
import {
  KIND_LABELS,
  PLACE_KIND_LABELS,
  type ProjectKind,
  type ProjectStatus,
  STATUS_LABELS,
} from './palette';
import { LineSwatch, PointSwatch } from './Swatch';
import { conflictStyle, PLAIN, placeStyle, projectLineStyle, projectPointStyle } from './styles';
import { selectMapPlaces, selectMapProjects } from './visible';

// The legend explains every style the map uses for the loaded data, drawn from the same style
// functions as the map. It lists what the data holds (not only what the filter shows), so it does
// not jump about while filtering.

const EMPTY_PROJECTS: ProjectFeature[] = [];
const EMPTY_PLACES: PlaceFeature[] = [];
const unique = <T,>(xs: readonly T[]): T[] => [...new Set(xs)];
const NEUTRAL = 'mining' as const;

function Item({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li>
      <span className="legend-swatch">{swatch}</span>
      <span>{children}</span>
    </li>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="legend-group">
      <h4>{title}</h4>
      <ul>{children}</ul>
    </div>
  );
}

export function MapLegend() {
  const projects = useAppStore((s) =>
    s.files.projects.status === 'ready' ? s.files.projects.data.features : EMPTY_PROJECTS,
  );
  const places = useAppStore((s) =>
    s.files.places.status === 'ready' ? s.files.places.data.features : EMPTY_PLACES,
  );
  const anyRegional = useAppStore(
    (s) =>
      selectMapProjects(s).some((m) => m.match === 'regional') ||
      selectMapPlaces(s).some((m) => m.match === 'regional'),
  );
  const kinds = unique(projects.map((p) => p.properties.kind)).sort() as ProjectKind[];
  const isLineKind = (k: ProjectKind) =>
    projects.some((p) => p.properties.kind === k && p.geometry.type === 'LineString');
  const statuses = (['planned', 'under construction', 'operational'] as ProjectStatus[]).filter((st) =>
    projects.some((p) => p.properties.status === st),
  );
  const precisions = unique(projects.map((p) => p.properties.precision));
  const placeKinds = unique(places.map((p) => p.properties.kind));
  const attacked = places.some((p) => p.properties.attack !== null);
  const exemplar = { kind: NEUTRAL, status: 'operational', precision: 'exact' } as const;

  return (
    <section className="map-legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">Legend</h3>
      <div className="legend-groups">
        {kinds.length > 0 && (
          <Group title="Projects, by kind">
            {kinds.map((kind) => {
              const p = { kind, status: 'operational', precision: 'exact' } as const;
              return (
                <Item
                  key={kind}
                  swatch={
                    isLineKind(kind) ? (
                      <LineSwatch style={projectLineStyle(p, PLAIN)} />
                    ) : (
                      <PointSwatch style={projectPointStyle(p, PLAIN)} size={22} />
                    )
                  }
                >
                  {KIND_LABELS[kind]}
                </Item>
              );
            })}
            <Item
              swatch={<LineSwatch style={projectLineStyle(exemplar, { selected: true, regional: false })} />}
            >
              Selected: dark and heavier
            </Item>
            {anyRegional && (
              <Item
                swatch={
                  <LineSwatch style={projectLineStyle(exemplar, { selected: false, regional: true })} />
                }
              >
                Faded: shown for a group (Central Asia, the EU) with a selected member
              </Item>
            )}
          </Group>
        )}
        {statuses.length > 0 && (
          <Group title="Status">
            {statuses.map((status) => {
              const p = { kind: NEUTRAL, status, precision: 'exact' } as const;
              return (
                <Item
                  key={status}
                  swatch={
                    <span className="swatch-pair">
                      <LineSwatch style={projectLineStyle(p, PLAIN)} width={38} />
                      <PointSwatch style={projectPointStyle(p, PLAIN)} size={20} />
                    </span>
                  }
                >
                  {STATUS_LABELS[status]}
                </Item>
              );
            })}
          </Group>
        )}
        {precisions.length > 0 && (
          <Group title="How well the location is known">
            {(['exact', 'approximate'] as const)
              .filter((pr) => precisions.includes(pr))
              .map((precision) => {
                const p = { kind: NEUTRAL, status: 'operational', precision } as const;
                return (
                  <Item
                    key={precision}
                    swatch={
                      <span className="swatch-pair">
                        <LineSwatch style={projectLineStyle(p, PLAIN)} width={38} />
                        <PointSwatch style={projectPointStyle(p, PLAIN)} size={22} />
                      </span>
                    }
                  >
                    {precision === 'exact'
                      ? 'Exact: located by the curator'
                      : 'Approximate: a sketch; the route or site lies somewhere in the band'}
                  </Item>
                );
              })}
            {precisions.includes('country-level') && (
              <Item
                swatch={
                  <PointSwatch
                    style={projectPointStyle(
                      { kind: NEUTRAL, status: 'operational', precision: 'country-level' },
                      PLAIN,
                    )}
                    size={22}
                  />
                }
              >
                Location not stated — shown at country level (several in one country sit in a ring)
              </Item>
            )}
          </Group>
        )}
        {placeKinds.length > 0 && (
          <Group title="Places">
            {placeKinds.map((kind) => (
              <Item
                key={kind}
                swatch={<PointSwatch style={placeStyle({ kind, precision: 'exact' }, PLAIN)} size={22} />}
              >
                {PLACE_KIND_LABELS[kind]}
              </Item>
            ))}
            {places.some((p) => p.properties.precision === 'approximate') && (
              <Item
                swatch={
                  <PointSwatch
                    style={placeStyle({ kind: 'region', precision: 'approximate' }, PLAIN)}
                    size={22}
                  />
                }
              >
                Approximate: a label point, not a site
              </Item>
            )}
          </Group>
        )}
        {attacked && (
          <Group title="Reported attacks">
            <Item
              swatch={
                <PointSwatch
                  style={{ shape: 'circle', marker: conflictStyle(PLAIN), halo: null }}
                  size={28}
                />
              }
            >
              A place the articles report under attack, labelled with the date of the report
            </Item>
          </Group>
        )}
        <CountryLegend />
      </div>
    </section>
  );
}
