import * as L from 'leaflet';

// The map's panes, bottom to top. Country shapes are SVG, below the features and not clickable
// themselves. Every project, place and attack is drawn on ONE canvas (FeatureCanvas) in the
// features pane: it hit-tests clicks itself and lets a click that hits no feature through to the
// map, which finds the country under it (see BasemapLayer). Labels sit on top and ignore the mouse.

export const PANES = {
  basemap: { name: 'cr-basemap', zIndex: 250 },
  features: { name: 'cr-features', zIndex: 440 },
  labels: { name: 'cr-labels', zIndex: 460 },
} as const;

export interface Renderers {
  basemap: L.SVG;
}

const byMap = new WeakMap<L.Map, Renderers>();

/** Creates the panes and the basemap's renderer once per map; later calls return the same ones. */
export function mapRenderers(map: L.Map): Renderers {
  const known = byMap.get(map);
  if (known) return known;
  for (const { name, zIndex } of Object.values(PANES)) {
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = String(zIndex);
  }
  const labels = map.getPane(PANES.labels.name);
  if (labels) {
    labels.style.pointerEvents = 'none';
    labels.setAttribute('aria-hidden', 'true');
  }
  const renderers: Renderers = { basemap: L.svg({ pane: PANES.basemap.name, padding: 0.5 }) };
  byMap.set(map, renderers);
  return renderers;
}
