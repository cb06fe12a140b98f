// The map's panes, bottom to top, created by react-leaflet's <Pane> in LeafletMap. Country shapes
// are SVG, below the features and not clickable themselves. Every project, place and attack is
// drawn on ONE canvas (FeatureCanvas) in the features pane; cluster markers sit above it, and
// labels on top, ignoring the mouse.

export const PANES = {
  basemap: { name: 'cr-basemap', zIndex: 250 },
  features: { name: 'cr-features', zIndex: 440 },
  clusters: { name: 'cr-clusters', zIndex: 450 },
  labels: { name: 'cr-labels', zIndex: 460 },
} as const;
