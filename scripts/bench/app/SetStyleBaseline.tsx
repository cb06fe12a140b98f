import * as L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { PlaceFeature, ProjectFeature } from '../../../src/data/schema';
import { PANES } from '../../../src/map/leaflet/panes';
import {
  conflictStyle,
  type DrawState,
  placeStyle,
  projectLineStyle,
  projectPointStyle,
} from '../../../src/map/styles';
import { type Matched, selectVisiblePlaces, selectVisibleProjects } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { benchState } from './benchWindow';

// BENCHMARK ONLY: the idiomatic way to draw filtered GeoJSON with react-leaflet, and the number
// the product's canvas layer has to beat. Every feature becomes a Leaflet path once per data set,
// on Leaflet's own canvas renderer; a filter, selection or layer change restyles each path with
// setStyle (hidden ones get no stroke and no fill) and creates no layer.

type Feature = ProjectFeature | PlaceFeature;
const HIDDEN: L.PathOptions = { stroke: false, fill: false };
const NO_PROJECTS: ProjectFeature[] = [];
const NO_PLACES: PlaceFeature[] = [];

const byId = <F extends Feature>(matched: readonly Matched<F>[]) =>
  new Map(matched.map((m) => [m.record.properties.id, m.match]));

function restyle(
  group: L.GeoJSON | null,
  shown: ReadonlyMap<string, string>,
  on: boolean,
  selectedId: string | null,
  style: (f: Feature, state: DrawState) => L.PathOptions,
) {
  const bench = benchState();
  group?.eachLayer((layer) => {
    const feature = (layer as L.Path & { feature?: Feature }).feature;
    if (!feature || !(layer instanceof L.Path)) return;
    const match = shown.get(feature.properties.id);
    const state = { selected: feature.properties.id === selectedId, regional: match === 'regional' };
    layer.setStyle(on && match !== undefined ? style(feature, state) : HIDDEN);
    if (bench) bench.restyled += 1;
  });
}

const projectStyle = (f: Feature, state: DrawState): L.PathOptions =>
  f.geometry.type === 'Point'
    ? { ...projectPointStyle((f as ProjectFeature).properties, state).marker, stroke: true, fill: true }
    : { ...projectLineStyle((f as ProjectFeature).properties, state).line, stroke: true, fill: false };
const placeMarker = (f: Feature, state: DrawState): L.PathOptions => ({
  ...placeStyle((f as PlaceFeature).properties, state).marker,
  stroke: true,
  fill: true,
});
const attackMarker = (_: Feature, state: DrawState): L.PathOptions => ({
  ...conflictStyle(state),
  stroke: true,
  fill: true,
});
const PLAIN: DrawState = { selected: false, regional: false };

export function SetStyleBaseline() {
  const map = useMap();
  // Leaflet's canvas renderer, in the pane the product's canvas uses.
  const renderer = useMemo(() => {
    return L.canvas({ pane: PANES.features.name, padding: 0.3, tolerance: 4 });
  }, [map]);
  const allProjects = useAppStore((s) =>
    s.files.projects.status === 'ready' ? s.files.projects.data.features : NO_PROJECTS,
  );
  const allPlaces = useAppStore((s) =>
    s.files.places.status === 'ready' ? s.files.places.data.features : NO_PLACES,
  );
  const attacked = useMemo(() => allPlaces.filter((p) => p.properties.attack !== null), [allPlaces]);
  const projects = useAppStore(selectVisibleProjects);
  const places = useAppStore(selectVisiblePlaces);
  const selection = useAppStore((s) => s.selection);
  const layers = useAppStore((s) => s.layers);
  const projectRef = useRef<L.GeoJSON>(null);
  const placeRef = useRef<L.GeoJSON>(null);
  const attackRef = useRef<L.GeoJSON>(null);

  useEffect(() => {
    const project = selection?.kind === 'project' ? selection.id : null;
    const place = selection?.kind === 'place' ? selection.id : null;
    const shownPlaces = byId(places);
    restyle(projectRef.current, byId(projects), layers.projects, project, projectStyle);
    restyle(placeRef.current, shownPlaces, layers.places, place, placeMarker);
    restyle(attackRef.current, shownPlaces, layers.conflict, place, attackMarker);
  }, [projects, places, selection, layers]);

  const point = (style: (f: Feature, s: DrawState) => L.PathOptions) => (f: GeoJSON.Feature, at: L.LatLng) =>
    L.circleMarker(at, { radius: 6, ...style(f as Feature, PLAIN), renderer });
  return (
    <>
      <GeoJSON
        key={`p${allProjects.length}`}
        ref={projectRef}
        data={{ type: 'FeatureCollection', features: allProjects } as GeoJSON.FeatureCollection}
        // Through the style: react-leaflet's props leave out the renderer its paths need.
        style={(f) => ({ ...projectStyle(f as Feature, PLAIN), renderer })}
        pointToLayer={point(projectStyle)}
      />
      <GeoJSON
        key={`l${allPlaces.length}`}
        ref={placeRef}
        data={{ type: 'FeatureCollection', features: allPlaces } as GeoJSON.FeatureCollection}
        pointToLayer={point(placeMarker)}
      />
      <GeoJSON
        key={`a${attacked.length}`}
        ref={attackRef}
        data={{ type: 'FeatureCollection', features: attacked } as GeoJSON.FeatureCollection}
        pointToLayer={point(attackMarker)}
      />
    </>
  );
}
