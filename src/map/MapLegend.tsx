import type { PlaceFeature } from '../data/schema';
import { selectRecords } from '../state/records';
import { selectVisiblePlaces, selectVisibleProjects } from '../state/selectors';
import { useAppStore } from '../state/store';
import { CountryLegend } from './CountryLegend';
import { LegendGroup, LegendItem } from './LegendParts';
import { FacetNote } from './ProjectFacets';
import { ProjectLegend } from './ProjectLegend';
import { PLACE_KIND_LABELS } from './palette';
import { PointSwatch } from './Swatch';
import { conflictStyle, PLAIN, placeStyle } from './styles';

// The legend explains every style the map uses for the loaded data, drawn from the same style
// functions as the map. It lists what the data holds (not only what the filter shows), so it does
// not jump about while filtering.

function PlaceLegend({ places }: { places: readonly PlaceFeature[] }) {
  const kinds = [...new Set(places.map((p) => p.properties.kind))];
  if (kinds.length === 0) return null;
  return (
    <>
      <LegendGroup title="Places">
        {kinds.map((kind) => (
          <LegendItem
            key={kind}
            swatch={<PointSwatch style={placeStyle({ kind, precision: 'exact' }, PLAIN)} size={22} />}
          >
            {PLACE_KIND_LABELS[kind]}
          </LegendItem>
        ))}
        {places.some((p) => p.properties.precision === 'approximate') && (
          <LegendItem
            swatch={
              <PointSwatch
                style={placeStyle({ kind: 'region', precision: 'approximate' }, PLAIN)}
                size={22}
              />
            }
          >
            Approximate: a label point, not a site
          </LegendItem>
        )}
      </LegendGroup>
      {places.some((p) => p.properties.attack !== null) && (
        <LegendGroup title="Reported attacks">
          <LegendItem
            swatch={
              <PointSwatch style={{ shape: 'circle', marker: conflictStyle(PLAIN), halo: null }} size={28} />
            }
          >
            A place the articles report under attack, labelled with the date of the report
          </LegendItem>
        </LegendGroup>
      )}
    </>
  );
}

export function MapLegend() {
  const projects = useAppStore((s) => selectRecords(s, 'projects'));
  const places = useAppStore((s) => selectRecords(s, 'places'));
  const anyRegional = useAppStore(
    (s) =>
      selectVisibleProjects(s).some((m) => m.match === 'regional') ||
      selectVisiblePlaces(s).some((m) => m.match === 'regional'),
  );
  return (
    <section className="map-legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">Legend</h3>
      <FacetNote />
      <div className="legend-groups">
        <ProjectLegend projects={projects} anyRegional={anyRegional} />
        <PlaceLegend places={places} />
        <CountryLegend />
      </div>
    </section>
  );
}
