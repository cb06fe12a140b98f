// Longitudes made continuous, the way the basemap's rings are (scripts/lib/basemapGeometry.ts
// uses this very function): data is spherical, so a line crossing the antimeridian jumps from
// +179° to −179°. Each jump of more than 180° is undone by shifting the rest by 360°, then the
// whole line is moved so its westernmost point lies in [−180°, 180°). [[170, 60], [−170, 60]]
// becomes [[170, 60], [190, 60]]: 20° across, not 340° back across Russia.

export type Position = [number, number];

export function unwrapLongitudes(line: readonly (readonly number[])[]): Position[] {
  // Index loops, not destructuring: this runs over every route on the first load.
  const out: Position[] = new Array(line.length);
  let shift = 0;
  let west = Infinity;
  for (let i = 0; i < line.length; i++) {
    const point = line[i] as readonly number[];
    const lon = point[0] ?? 0;
    const lat = point[1] ?? 0;
    if (i > 0) {
      const delta = lon + shift - (out[i - 1] as Position)[0];
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    const unwrapped = lon + shift;
    out[i] = [unwrapped, lat];
    if (unwrapped < west) west = unwrapped;
  }
  const turns = out.length === 0 ? 0 : Math.floor((west + 180) / 360);
  return turns === 0 ? out : out.map(([lon, lat]) => [lon - turns * 360, lat]);
}
