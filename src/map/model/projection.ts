// Web Mercator (EPSG:3857) at zoom 0, in pixels: the world is 256 pixels square. A feature is
// projected once; at zoom z its pixel position is this times 2^z, as Leaflet computes it.

const MAX_LATITUDE = 85.0511287798;
const D = Math.PI / 180;

export const projectX = (lon: number): number => 256 * (0.5 + lon / 360);

export function projectY(lat: number): number {
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * D);
  return 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
}

/**
 * Where the canvas sits in world pixels at the drawn zoom: a zoom-0 point (x, y) lands on the
 * canvas at round(x·scale) − left, round(y·scale) − top, the same rounding Leaflet applies.
 */
export interface Viewport {
  scale: number;
  left: number;
  top: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
}

export const toCanvasX = (v: Viewport, x: number): number => Math.round(x * v.scale) - v.left;
export const toCanvasY = (v: Viewport, y: number): number => Math.round(y * v.scale) - v.top;
