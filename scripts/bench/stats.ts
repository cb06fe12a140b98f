// Summary statistics for benchmark samples. Pure, so they are unit-tested.

/** The q-quantile (0..1) by the nearest-rank method: always one of the samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
  };
}

/**
 * Event Timing reports only interactions slower than its threshold. Of `clicks` interactions,
 * those not reported were faster than `threshold`: they count as 0 here, and a quantile that lands
 * on one of them is reported as below the threshold rather than as a number.
 */
export function eventQuantiles(
  reported: readonly number[],
  clicks: number,
  threshold: number,
): { n: number; reported: number; p50: number | null; p95: number | null } {
  const padded = [...reported, ...Array.from({ length: Math.max(0, clicks - reported.length) }, () => 0)];
  const at = (q: number) => {
    const value = quantile(padded, q);
    return value < threshold ? null : value;
  };
  return { n: clicks, reported: reported.length, p50: at(0.5), p95: at(0.95) };
}

/**
 * How cost grows between two sizes: the exponent k in cost ∝ size^k. 1 is linear; below 1 is
 * better than linear.
 */
export function growthExponent(
  smallSize: number,
  smallCost: number,
  bigSize: number,
  bigCost: number,
): number {
  return Math.log(bigCost / smallCost) / Math.log(bigSize / smallSize);
}
