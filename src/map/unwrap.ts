// Longitudes made continuous, the way the basemap's rings are (scripts/lib/basemapGeometry.ts
// uses unwrapLongitudes, the map's scene unwrapInto: one algorithm): data is spherical, so a line crossing the antimeridian jumps from
// +179° to −179°. Each jump of more than 180° is undone by shifting the rest by 360°, then the
// whole line is moved so its westernmost point lies in [−180°, 180°). [[170, 60], [−170, 60]]
// becomes [[170, 60], [190, 60]]: 20° across, not 340° back across Russia.

export type Position = [number, number];

/**
 * Writes the line's unwrapped longitudes and its latitudes into `lons` and `lats` from `at`, and
 * returns the index after the last: the scene fills its typed arrays with it, allocating nothing
 * per vertex (it runs over every route on the first load, before the code is optimised).
 */
export function unwrapInto(
  line: readonly (readonly number[])[],
  lons: Float64Array,
  lats: Float64Array,
  at: number,
): number {
  let shift = 0;
  let west = Infinity;
  let previous = 0;
  for (let i = 0; i < line.length; i++) {
    const point = line[i] as readonly number[];
    const lon = point[0] ?? 0;
    if (i > 0) {
      const delta = lon + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lon + shift;
    lons[at + i] = previous;
    lats[at + i] = point[1] ?? 0;
    if (previous < west) west = previous;
  }
  const turns = line.length === 0 ? 0 : Math.floor((west + 180) / 360);
  if (turns !== 0)
    for (let i = 0; i < line.length; i++) lons[at + i] = (lons[at + i] as number) - turns * 360;
  return at + line.length;
}

/** The line's positions unwrapped, as pairs (unwrapInto, for callers that want positions). */
export function unwrapLongitudes(line: readonly (readonly number[])[]): Position[] {
  const lons = new Float64Array(line.length);
  const lats = new Float64Array(line.length);
  unwrapInto(line, lons, lats, 0);
  return Array.from(lons, (lon, i) => [lon, lats[i] as number]);
}
