import { describe, expect, it } from 'vitest';
import { eventQuantiles, growthExponent, quantile, summarise } from '../../../scripts/bench/stats';

describe('quantile', () => {
  it('picks a sample by nearest rank, whatever the input order', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(quantile(samples, 0.5)).toBe(3);
    expect(quantile(samples, 0.95)).toBe(5);
    expect(quantile(samples, 0)).toBe(1);
  });

  it('is NaN for no samples', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('summarise', () => {
  it('gives count, median, p95 and max', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarise(samples)).toEqual({ n: 20, median: 10, p95: 19, max: 20 });
  });
});

describe('eventQuantiles', () => {
  it('counts unreported clicks as below the threshold', () => {
    const result = eventQuantiles([40, 80], 10, 16);
    expect(result).toEqual({ n: 10, reported: 2, p50: null, p95: 80 });
  });

  it('reports numbers when every click crossed the threshold', () => {
    expect(eventQuantiles([24, 32, 40, 48], 4, 16)).toMatchObject({ p50: 32, p95: 48 });
  });
});

describe('growthExponent', () => {
  it('is 1 for linear growth and below 1 for sublinear', () => {
    expect(growthExponent(1000, 2, 100_000, 200)).toBeCloseTo(1);
    expect(growthExponent(1000, 2, 100_000, 20)).toBeCloseTo(0.5);
  });
});
