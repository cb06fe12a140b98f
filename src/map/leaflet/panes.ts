import L from 'leaflet';

// The map's panes, bottom to top, and the renderers drawing into them. Everything a reader can
// click sits in ONE canvas (a canvas on top swallows clicks meant for anything under it); casings
// and halos, which are never clicked, get a canvas of their own underneath. Country shapes are SVG
// below the features and not clickable themselves: a click that hits no feature reaches the map,
// which finds the country under it (see BasemapLayer).

export const PANES = {
  basemap: { name: 'cr-basemap', zIndex: 250 },
  under: { name: 'cr-under', zIndex: 420 },
  features: { name: 'cr-features', zIndex: 440 },
  labels: { name: 'cr-labels', zIndex: 460 },
} as const;

export interface Renderers {
  basemap: L.SVG;
  under: L.Canvas;
  features: L.Canvas;
}

const byMap = new WeakMap<L.Map, Renderers>();

/** Creates the panes and renderers once per map; later calls return the same ones. */
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
  const renderers: Renderers = {
    basemap: L.svg({ pane: PANES.basemap.name, padding: 0.5 }),
    under: L.canvas({ pane: PANES.under.name, padding: 0.3 }),
    // A few pixels of tolerance make thin routes easy to click.
    features: L.canvas({ pane: PANES.features.name, padding: 0.3, tolerance: 4 }),
  };
  byMap.set(map, renderers);
  return renderers;
}
