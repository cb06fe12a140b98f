import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFor } from '../../scripts/bench/sizes';
import {
  axeViolations,
  DESKTOP,
  focused,
  launchBrowser,
  openPage,
  PHONE,
  SCREENSHOT_DIR,
  waitForViews,
} from './browser';
import { type Served, serveData } from './serveData';

// The map of thousands: 2,000 synthetic projects (the bench generator's; lighter than the corpus,
// whose thousand articles make every page load slow on two busy cores). The default
// view groups nearby sites into numbered clusters, and a cluster zooms the map in when clicked or
// when Enter is pressed on it.

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveData(dataFor('2k').dir);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const counts = (page: Page) =>
  page
    .locator('.cr-cluster [aria-hidden="true"]')
    .allTextContents()
    .then((texts) => texts.map((t) => Number(t.replace(/\D/g, ''))));

/** The map's zoom, read from Leaflet's zoom proxy: it is scaled by 2^(zoom − 1) after each move. */
const zoomOf = (page: Page) =>
  page
    .locator('.leaflet-proxy')
    .evaluate((el) => Math.log2(new DOMMatrix(getComputedStyle(el).transform).a) + 1);

/** Waits for the zoom under way to end and the canvas to draw the new view. */
const settle = (page: Page) => page.waitForTimeout(1500);

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('clusters at 2,000 projects (%s)', (name, viewport) => {
  it('shows cluster counts, zooms in on a click and on Enter, and stays accessible', async () => {
    const watch = await openPage(browser, '/', viewport, served.url);
    const { page } = watch;
    try {
      await waitForViews(page);
      await page.locator('.cr-cluster').first().waitFor();
      const before = await counts(page);
      expect(before.length).toBeGreaterThan(0);
      expect(Math.max(...before)).toBeGreaterThan(1);
      await page.locator('.cr-cluster').first().focus();
      expect(await focused(page)).toMatchObject({
        name: `${before[0]?.toLocaleString('en')} projects here: zoom in`,
      });
      // The map's own region: the whole page's axe run takes minutes at 2,000 projects on two
      // busy cores, and a11y.e2e.ts covers the page.
      expect(await axeViolations(page, '.map-frame')).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.locator('.area-map').scrollIntoViewIfNeeded();
      await page.locator('.map-frame').screenshot({ path: `${SCREENSHOT_DIR}/map-clusters-${name}.png` });

      const start = await zoomOf(page);
      await page.locator('.cr-cluster').first().click();
      await settle(page);
      const clicked = await zoomOf(page);
      expect(clicked).toBeGreaterThan(start);
      await page
        .locator('.area-map')
        .screenshot({ path: `${SCREENSHOT_DIR}/map-clusters-${name}-clicked.png` });

      // Enter on a focused cluster zooms in too.
      await page.locator('.cr-cluster').first().focus();
      await page.keyboard.press('Enter');
      await settle(page);
      expect(await zoomOf(page)).toBeGreaterThan(clicked);
      // The article list keys rows by title, and the generator repeats titles: React warns of
      // duplicate keys there (the reader's, not the map's; reported in the map branch's note).
      expect(watch.consoleErrors.filter((e) => !e.includes('two children with the same key'))).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
    } finally {
      await watch.context.close();
    }
  }, 300_000);
});
