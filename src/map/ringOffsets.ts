/**
 * Country-level markers all sit at their country's anchor, so several projects in one country
 * would hide each other. This spreads each group sharing an anchor around a small ring, in screen
 * pixels (the same at every zoom): one marker stays on the anchor; n markers sit on a circle,
 * spaced at least `spacing` pixels apart, the first at the top and the rest clockwise, in id order
 * so the layout is stable.
 */
export function ringOffsets(
  items: readonly { id: string; lon: number; lat: number }[],
  spacing = 22,
): Map<string, [number, number]> {
  const groups = new Map<number, string[]>();
  for (const item of items) {
    // Anchors to a thousandth of a degree: longitude and latitude packed into one number.
    const key = Math.round(item.lon * 1000) * 1e6 + Math.round(item.lat * 1000);
    const group = groups.get(key);
    if (group) group.push(item.id);
    else groups.set(key, [item.id]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const ids of groups.values()) {
    ids.sort();
    const n = ids.length;
    if (n === 1) {
      offsets.set(ids[0] as string, [0, 0]);
      continue;
    }
    // The chord between neighbours is 2r·sin(π/n); make it at least `spacing`.
    const radius = spacing / (2 * Math.sin(Math.PI / n));
    ids.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      offsets.set(id, [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))]);
    });
  }
  return offsets;
}

const round = (x: number) => Math.round(x * 10) / 10 + 0;
