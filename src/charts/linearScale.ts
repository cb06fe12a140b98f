// d3-scale's scales map values through d3-interpolate, which brings in d3-color and its table of
// CSS colour names: about 5 KB gzip of the first view for charts that only ever map numbers and
// times to pixels. This is d3-scale's own two-point linear map (continuous.js: normalise, then
// interpolateNumber), so every position is the same to the bit; time ticks come from d3-time's
// utcTicks, which is what scaleUtc().ticks() calls.

/** Maps a number or a time linearly from `domain` onto `range`, like d3's scaleLinear/scaleUtc. */
export type LinearScale = (value: number | Date) => number;

export function linearScale(
  domain: readonly [number | Date, number | Date],
  range: readonly [number, number],
): LinearScale {
  let [d0, d1] = [Number(domain[0]), Number(domain[1])];
  let [r0, r1] = range;
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  // A domain of one value maps everything to the middle of the range, as d3 does.
  const normalise = (v: number) => (span ? (v - d0) / span : Number.isNaN(span) ? Number.NaN : 0.5);
  return (value) => {
    const t = normalise(Number(value));
    return r0 * (1 - t) + r1 * t;
  };
}
