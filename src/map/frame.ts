/**
 * The part of the world the offline basemap covers, in degrees. It holds the region the articles
 * are about (Central Asia and the Middle East, roughly 20–60°N and 25–95°E) with room for the
 * context the data names around it: the EU members to the west, all of China to the east, Russia
 * as far as 135°E and 66°N, down to 10°N. The United States, Canada and South Africa lie outside it: the map
 * lists what the data places there instead of drawing a near-empty world. The basemap build script
 * clips to this frame, and the map never pans beyond it.
 */
export interface Frame {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const FRAME: Frame = { west: -12, south: 10, east: 135, north: 66 };

export const inFrame = (lon: number, lat: number, frame: Frame = FRAME): boolean =>
  lon >= frame.west && lon <= frame.east && lat >= frame.south && lat <= frame.north;

/**
 * The region the articles are about. The default view fits the data inside it, so a capital
 * named in passing (Beijing) does not zoom the whole map out; panning still reaches the rest.
 */
export const REGION: Frame = { west: 25, south: 20, east: 95, north: 60 };
