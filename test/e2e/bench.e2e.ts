import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  heapUsed,
  measureLoad,
  openBenchPage,
  openFilter,
  timedClicks,
  trustedClicks,
} from '../../scripts/bench/measurePage';
import { dataFor } from '../../scripts/bench/sizes';
import { buildAndServe, type Served } from '../../scripts/lib/buildAndServe';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium';

// Keeps `npm run bench` from rotting: the same machinery at 1k projects with a few clicks. It
// checks the figures are real and that the benchmark-only baseline really remounts the map's
// layers while the app's own mode only restyles and removes them.

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await buildAndServe({ dataDir: dataFor('1k').dir, outDir: 'dist-e2e/bench-1k' });
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const positive = (value: number) => {
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThan(0);
};

describe('bench machinery at 1k projects', () => {
  it('measures load, parse, heap and filter clicks; the baseline remounts and ours does not', async () => {
    const ours = await openBenchPage(browser, 'persistent');
    const baseline = await openBenchPage(browser, 'baseline-remount');
    try {
      const load = await measureLoad(ours, `${served.url}/`);
      positive(load.interactiveMs);
      positive(load.parseMs);
      expect(load.parseMs).toBeLessThan(load.interactiveMs);
      expect(load.cls).toBeGreaterThanOrEqual(0);
      positive(await heapUsed(ours));
      await openFilter(ours);
      const clicks = await timedClicks(ours, 2);
      expect(clicks.update).toHaveLength(2);
      for (const t of clicks.update) positive(t);
      // Narrowing the filter removes and restyles layers; it never creates one.
      expect(clicks.layersAddedOnPress).toBe(0);
      const events = await trustedClicks(ours, 2);
      for (const d of events) expect(d).toBeGreaterThanOrEqual(16);

      await measureLoad(baseline, `${served.url}/`);
      await openFilter(baseline);
      const remounted = await timedClicks(baseline, 2);
      for (const t of remounted.update) positive(t);
      // A remount adds every visible layer again, even when the filter only narrows.
      expect(remounted.layersAddedOnPress).toBeGreaterThan(100);
    } finally {
      await ours.close();
      await baseline.close();
    }
  }, 240_000);
});
