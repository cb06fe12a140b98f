import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const SCREENSHOT_DIR = 'test/e2e/screenshots';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/** What a page did that a test may need to refuse: console errors, off-origin requests, CSP violations. */
export interface PageWatch {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  offOrigin: string[];
  cspViolations: string[];
}

export async function openPage(
  browser: Browser,
  path: string,
  viewport = DESKTOP,
  baseUrl = inject('baseUrl'),
): Promise<PageWatch> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const watch: PageWatch = { page, context, consoleErrors: [], offOrigin: [], cspViolations: [] };
  const origin = new URL(baseUrl).host;
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== origin)
      watch.offOrigin.push(request.url());
  });
  await page.exposeFunction('__reportCsp', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(`${baseUrl}${path}`);
  return watch;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Every journey ends here: no console error, no request off the origin, no CSP violation. */
export function expectClean(watch: PageWatch): void {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offOrigin).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
}

/** Resolves once the page has drawn two more frames: what a scroll or a change brought is painted. */
export function twoFrames(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Waits until the map (basemap shapes and the features canvas) and the charts are drawn. */
export async function waitForViews(page: Page): Promise<void> {
  await page.locator('.leaflet-container path.cr-country-KAZ').waitFor();
  await page.locator('.leaflet-cr-features-pane canvas').waitFor({ state: 'attached' });
  await loadCharts(page);
  await page.locator('.area-charts svg.chart-svg').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Each chart loads its code as it nears the viewport: scroll through the charts once, as a reader
 * would, until no chart is waiting for its code, then go back to where the page was.
 */
export async function loadCharts(page: Page): Promise<void> {
  const charts = page.locator('.area-charts');
  await charts.locator('.chart-title').first().waitFor();
  const start = await page.evaluate(() => window.scrollY);
  for (let round = 0; round < 40; round++) {
    // A chart may load between finding its placeholder and scrolling to it: ask and scroll in one go.
    const left = await page.evaluate(() => {
      const placeholder = document.querySelector('.area-charts .chart-placeholder');
      placeholder?.scrollIntoView({ block: 'center' });
      return placeholder !== null;
    });
    if (!left) break;
    await page.waitForTimeout(100);
  }
  await page.evaluate((y) => window.scrollTo(0, y), start);
}

/**
 * axe-core's violations on the page as it stands (or in the part `include` selects), one line
 * each, naming the offending nodes. Run in the page itself (legacy mode): the app has no frames,
 * and the default mode finishes every run in a new page, which took about 2 of its 2.5 s. Only
 * violations are detailed; the passes' node details were never read.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const axe = await (include === undefined ? builder : builder.include(include)).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The accessible name (aria-label, else text) of the focused element, and its tag. */
export function focused(page: Page): Promise<{ tag: string; name: string; id: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // The text a screen reader would read: without the decorative, aria-hidden parts.
    const visible = el?.cloneNode(true) as HTMLElement | undefined;
    for (const hidden of visible?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: (el?.getAttribute('aria-label') ?? visible?.textContent ?? '').trim(),
      id: el?.id ?? '',
    };
  });
}

/** True when the open map popup lies wholly inside the map's box (none cut off at an edge). */
export async function popupInsideMap(page: Page): Promise<boolean> {
  const popup = await page.locator('.leaflet-popup').boundingBox();
  const map = await page.locator('.leaflet-container').boundingBox();
  return (
    popup !== null &&
    map !== null &&
    popup.y >= map.y &&
    popup.x >= map.x &&
    popup.y + popup.height <= map.y + map.height &&
    popup.x + popup.width <= map.x + map.width
  );
}

/** The count the "Loaded data" summary shows for one kind of record ("figures"), as text. */
export async function loadedCount(page: Page, label: string): Promise<string> {
  const term = page.getByRole('region', { name: 'Loaded data' }).getByRole('term').filter({ hasText: label });
  return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}
