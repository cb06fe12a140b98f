import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  expectClean,
  launchBrowser,
  openPage,
  PHONE,
  popupInsideMap,
  waitForViews,
} from './browser';

// axe-core on every main state a link can open, once the map and the charts are drawn: the
// default view, a filter, an open article, an open popup, and the phone with its filter panel.

const XI = 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface State {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  /** What must be on screen before axe runs, beyond the map and the charts. */
  ready?: (page: Page) => Promise<void>;
  /** A second state reached from the first in the same page (a load costs seconds here). */
  next?: { name: string; go: (page: Page) => Promise<void> };
}

const STATES: readonly State[] = [
  {
    name: 'default',
    path: '/',
    viewport: DESKTOP,
    next: {
      // The Khorgos row opens its popup (as a link's ?project= does, but after moving the map to it).
      name: 'popup',
      go: async (page) => {
        await page.locator('#map-row-khorgos-dry-port').click();
        await page
          .locator('.leaflet-popup .map-popup')
          .getByRole('heading', { name: 'Khorgos dry port' })
          .waitFor();
        await expect.poll(() => new URL(page.url()).search).toBe('?project=khorgos-dry-port');
        // Once the map has moved there, the whole popup is inside the map.
        await expect.poll(() => popupInsideMap(page), { timeout: 5000 }).toBe(true);
      },
    },
  },
  {
    name: 'kazakhstan',
    path: '/?countries=KAZ',
    viewport: DESKTOP,
    ready: (page) => page.getByRole('button', { name: 'Remove Kazakhstan' }).waitFor(),
  },
  {
    name: 'iran',
    path: '/?countries=IRN',
    viewport: DESKTOP,
    ready: (page) => page.getByRole('button', { name: 'Remove Iran' }).waitFor(),
  },
  {
    name: 'article',
    path: `/?article=${XI}`,
    viewport: DESKTOP,
    ready: (page) => page.locator('.reader-article .reader-body mark').first().waitFor(),
  },
  {
    name: 'phone',
    path: '/',
    viewport: PHONE,
    next: {
      name: 'phone-filter-open',
      go: async (page) => {
        const toggle = page.getByRole('button', { name: /^Filter by country/ });
        await toggle.click();
        await page
          .locator('#country-panel')
          .getByRole('button', { name: 'Kazakhstan', exact: true })
          .waitFor();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      },
    },
  },
];

describe('accessibility of every main state', () => {
  for (const state of STATES) {
    const also = state.next ? `, then ${state.next.name}` : '';
    it(`${state.name} (${state.path}, ${state.viewport.width}×${state.viewport.height})${also}: 0 axe violations`, async () => {
      const watch = await openPage(browser, state.path, state.viewport);
      const { page } = watch;
      await waitForViews(page);
      await state.ready?.(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test/e2e/screenshots/a11y-${state.name}.png` });
      if (state.next) {
        await state.next.go(page);
        expect(await axeViolations(page), state.next.name).toEqual([]);
        await page.screenshot({ path: `test/e2e/screenshots/a11y-${state.next.name}.png` });
      }
      expectClean(watch);
      await watch.context.close();
    });
  }
});
