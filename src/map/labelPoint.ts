import type { Frame } from './frame';

type Position = readonly number[];
type Ring = readonly Position[];

/**
 * Where to write a country's name, and how many degrees of longitude of land lie across that
 * spot. Scans parallels across the middle of the shape (all its polygons, holes included) and
 * picks the widest run of land: unlike a centroid the point is always on land, even for a
 * crescent like Croatia. With `within`, only the part inside that box counts, so a country
 * larger than the view (Russia) is labelled where it is visible.
 */
export function labelPoint(
  polygons: readonly (readonly Ring[])[],
  within?: Frame,
): { point: [number, number]; span: number } | null {
  let south = Infinity;
  let north = -Infinity;
  for (const rings of polygons)
    for (const p of rings[0] ?? []) {
      south = Math.min(south, p[1] as number);
      north = Math.max(north, p[1] as number);
    }
  if (within) {
    south = Math.max(south, within.south);
    north = Math.min(north, within.north);
  }
  if (!(north > south)) return null;
  const west = within?.west ?? -Infinity;
  const east = within?.east ?? Infinity;
  let best: { point: [number, number]; span: number; centrality: number } | null = null;
  for (let step = 2; step <= 8; step++) {
    const lat = south + ((north - south) * step) / 10;
    const crossings: number[] = [];
    for (const rings of polygons)
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1] as [number, number];
          const [bx, by] = ring[i] as [number, number];
          if (ay <= lat !== by <= lat) crossings.push(ax + ((bx - ax) * (lat - ay)) / (by - ay));
        }
    crossings.sort((x, y) => x - y);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const from = Math.max(west, crossings[i] as number);
      const to = Math.min(east, crossings[i + 1] as number);
      const span = to - from;
      if (span <= 0) continue;
      const centrality = -Math.abs(step - 5);
      if (
        !best ||
        span > best.span + 1e-9 ||
        (Math.abs(span - best.span) <= 1e-9 && centrality > best.centrality)
      )
        best = { point: [from + span / 2, lat], span, centrality };
    }
  }
  return best && { point: best.point, span: best.span };
}
