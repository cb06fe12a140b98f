import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, loadedCount, openPage, PHONE, screenshot } from './browser';

const TITLES = [
  "China's Xi In Kazakhstan To Cement Central Asia Ties",
  "Trump Says EU Not Offering 'Fair Deal' On Trade",
  'Fear deepens in Tehran as Israel targets the city',
  "Germany's Merz says Israel doing 'dirty work for us' in Iran",
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app shell on the seed data', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`loads with the four articles and the counts, cleanly, at ${name} size`, async () => {
      const watch = await openPage(browser, '/', viewport);
      const { page } = watch;
      for (const title of TITLES) await page.getByRole('heading', { name: title, exact: true }).waitFor();
      const counts = Object.fromEntries(
        await Promise.all(
          ['articles', 'figures', 'projects', 'places', 'events'].map(async (k) => [
            k,
            await loadedCount(page, k),
          ]),
        ),
      );
      expect(counts).toEqual({ articles: '4', figures: '9', projects: '9', places: '10', events: '8' });
      // axe runs on this page at both sizes in a11y.e2e.ts, once the map and the charts are drawn.
      await page.waitForLoadState('networkidle');
      await screenshot(page, `shell-${name}`);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      await watch.context.close();
    });
  }
});
