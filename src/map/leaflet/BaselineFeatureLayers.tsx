import L from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { selectVisiblePlaces, selectVisibleProjects } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { conflictStyle, PLAIN, placeStyle, projectLineStyle, projectPointStyle } from '../styles';
import { mapRenderers } from './panes';

// BENCHMARK ONLY. The comparison point for scripts/bench/run.ts: the usual way to draw filtered
// GeoJSON with react-leaflet, remounting every layer by `key` whenever the visible set changes and
// keeping no index. Readers never get it: FeatureLayers picks it only when a benchmark has set
// window.__crossroadsMapMode = 'baseline-remount' before the page loaded.

const collection = <F,>(matched: readonly Matched<F>[]) => ({
  type: 'FeatureCollection' as const,
  features: matched.map((m) => m.record),
});

const keyOf = (matched: readonly Matched<{ properties: { id: string } }>[]) =>
  `${matched.length}:${matched.map((m) => m.record.properties.id).join(',')}`;

export function BaselineFeatureLayers() {
  const map = useMap();
  const renderer = mapRenderers(map).features;
  const projects = useAppStore(selectVisibleProjects);
  const places = useAppStore(selectVisiblePlaces);
  const attacked = useMemo(() => places.filter((m) => m.record.properties.attack !== null), [places]);
  const projectKey = useMemo(() => keyOf(projects), [projects]);
  const placeKey = useMemo(() => keyOf(places), [places]);
  return (
    <>
      <GeoJSON
        key={`projects-${projectKey}`}
        data={collection(projects) as GeoJSON.FeatureCollection}
        style={(f) => projectLineStyle((f as ProjectFeature).properties, PLAIN).line}
        pointToLayer={(f, at) =>
          L.circleMarker(at, {
            ...projectPointStyle((f as ProjectFeature).properties, PLAIN).marker,
            renderer,
          })
        }
      />
      <GeoJSON
        key={`places-${placeKey}`}
        data={collection(places) as GeoJSON.FeatureCollection}
        pointToLayer={(f, at) =>
          L.circleMarker(at, { ...placeStyle((f as PlaceFeature).properties, PLAIN).marker, renderer })
        }
      />
      <GeoJSON
        key={`conflict-${keyOf(attacked)}`}
        data={collection(attacked) as GeoJSON.FeatureCollection}
        pointToLayer={(_, at) => L.circleMarker(at, { ...conflictStyle(PLAIN), renderer })}
      />
    </>
  );
}
