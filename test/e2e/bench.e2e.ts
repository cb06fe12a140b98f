import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { benchBuildPlugin } from '../../scripts/bench/app/benchBuildPlugin';
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
// checks the figures are real, that the bench build really swaps in the setStyle baseline (it
// restyles Leaflet paths) and that neither map adds a layer when a click narrows the filter.

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await buildAndServe({
    dataDir: dataFor('1k').dir,
    outDir: 'dist-e2e/bench-1k',
    plugins: [benchBuildPlugin()],
  });
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
  it('measures load, parse, heap and filter clicks of ours and the setStyle baseline', async () => {
    const ours = await openBenchPage(browser, 'ours');
    const baseline = await openBenchPage(browser, 'baseline');
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
      const restyled = await timedClicks(baseline, 2);
      for (const t of restyled.update) positive(t);
      // The baseline keeps its paths and restyles every one of them on each click.
      expect(restyled.layersAddedOnPress).toBe(0);
      expect(restyled.restyled).toBeGreaterThanOrEqual(2 * 1000);
      expect(clicks.restyled).toBe(0);
    } finally {
      await ours.close();
      await baseline.close();
    }
  }, 240_000);
});
