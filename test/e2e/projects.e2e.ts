import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFileSchema, projectsFileSchema } from '../../src/data/schema';
import {
  axeViolations,
  DESKTOP,
  expectClean,
  launchBrowser,
  openPage,
  PHONE,
  SCREENSHOT_DIR,
} from './browser';
import { type Served, serveData } from './serveData';

// Projects with cost, financiers and dates on test/fixtures/datasets/projects: the base fixture,
// a railway an article of our own prices twice (two competing cost figures), and the sample
// GCDF table (test/fixtures/import) imported with npm run import:projects.

const DIR = 'test/fixtures/datasets/projects';
const projects = projectsFileSchema.parse(
  JSON.parse(readFileSync(`${DIR}/projects.geojson`, 'utf8')),
).features;
const figures = figuresFileSchema.parse(JSON.parse(readFileSync(`${DIR}/figures.json`, 'utf8'))).figures;

let browser: Browser;
let served: Served;
beforeAll(async () => {
  served = await serveData(DIR);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Inked pixels on the features canvas near a kind's colour. */
const inkNear = (page: Page, hex: string) =>
  page.evaluate((target) => {
    const canvas = document.querySelector('.leaflet-cr-features-pane canvas') as HTMLCanvasElement;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    ).data;
    const rgb = [1, 3, 5].map((i) => Number.parseInt(target.slice(i, i + 2), 16));
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i + 3] ?? 0) > 200 && rgb.every((c, k) => Math.abs(c - (data[i + k] ?? 0)) < 30)) count++;
    return count;
  }, hex);

const countText = (page: Page) => page.locator('.project-count').textContent();
const rowNames = (page: Page) => page.locator('.project-row .project-name').allTextContents();
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const GREEN_DRY_PORT = '#009e73';
const BLUE_RAILWAY = '#0072b2';

async function ready(page: Page) {
  await page.locator('.leaflet-container path.cr-country-KAZ').waitFor();
  await page.locator('.leaflet-cr-features-pane canvas').waitFor({ state: 'attached' });
  await page.locator('.project-row').first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe('projects: facets, costs and dataset records', () => {
  it('at 1440×900: facets filter the map and the list and go into the URL; the list sorts by cost; popups cite costs and records', async () => {
    const watch = await openPage(browser, '/', DESKTOP, served.url);
    const { page } = watch;
    await ready(page);
    expect(await countText(page)).toBe(`${projects.length} projects`);
    const greenBefore = await inkNear(page, GREEN_DRY_PORT);
    expect(greenBefore).toBeGreaterThan(0);

    await page.getByText('Filter projects').click();
    await page.getByRole('checkbox', { name: 'Railway' }).check();
    await page.waitForFunction(() => location.search.includes('kind=railway'));
    const railways = projects.filter((p) => p.properties.kind === 'railway');
    expect(await countText(page)).toBe(
      `${railways.length} of ${projects.length} projects match the project filters`,
    );
    const names = await rowNames(page);
    expect(names.length).toBe(Math.min(20, railways.length));
    expect(names.every((n) => railways.some((p) => p.properties.name === n))).toBe(true);
    // The map follows: no dry port is drawn any more, the railways still are.
    await expect.poll(() => inkNear(page, GREEN_DRY_PORT)).toBe(0);
    expect(await inkNear(page, BLUE_RAILWAY)).toBeGreaterThan(0);
    expect(await page.locator('.map-legend .facet-note').textContent()).toContain('kind Railway');

    // Sorting by cost puts the railway with the largest stated cost first, however it is stated.
    const costOf = (id: string, own: readonly { value: number }[] = []) =>
      Math.max(
        -1,
        ...own.map((c) => c.value),
        ...figures.filter((f) => f.project === id).map((f) => f.valueHigh ?? f.value),
      );
    const dearest = [...railways].sort(
      (a, b) => costOf(b.properties.id, b.properties.cost) - costOf(a.properties.id, a.properties.cost),
    )[0];
    await page.getByLabel('Sort by').selectOption('cost');
    expect((await rowNames(page))[0]).toBe(dearest?.properties.name);

    // The article-priced railway: two competing costs side by side, its financier and dates.
    await page
      .locator('.project-list')
      .getByRole('button', { name: /^Balykchy–Karakeche railway/ })
      .click();
    const popup = page.locator('.leaflet-popup');
    await popup.getByText('As each source states it; never added together').waitFor();
    const facts = (await popup.locator('.popup-facts').textContent()) ?? '';
    expect(facts).toContain('$1.1 billion according to Kyrgyz transport ministry');
    expect(facts).toContain('around $1.3 billion according to Chinese state media');
    expect(facts).not.toContain('$2.4 billion');
    expect(facts).toContain('Export-Import Bank of China (China)');
    expect(facts).toContain('Construction startedMarch 2022');
    expect(facts).toContain('Expected2027');
    await page.locator('.map-panel').screenshot({ path: `${SCREENSHOT_DIR}/projects-desktop-cost.png` });

    // An imported project cites its dataset record where a quote would be.
    const imported = railways.find((p) => 'dataset' in p.properties.source);
    if (!imported) throw new Error('no imported railway in the fixture');
    await page
      .locator('.project-list')
      .getByRole('button', { name: new RegExp(`^${imported.properties.name}`) })
      .click();
    const record = (imported.properties.source as { record: string }).record;
    await expect
      .poll(() => popup.locator('.popup-record').textContent())
      .toBe(`Source: AidData GCDF 3.0, record ${record}`);
    expect(await popup.getByRole('button', { name: 'Show source' }).count()).toBe(0);
    await page.locator('.map-panel').screenshot({ path: `${SCREENSHOT_DIR}/projects-desktop-imported.png` });

    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expectClean(watch);
    await watch.context.close();
  }, 150_000);

  it('at 390×844: a link carries the facets in, combined with the country filter', async () => {
    const watch = await openPage(
      browser,
      '/?countries=KAZ&financier=export-import-bank-of-china&status=under-construction',
      PHONE,
      served.url,
    );
    const { page } = watch;
    await ready(page);
    const kept = projects.filter(
      (p) =>
        p.properties.status === 'under construction' &&
        (p.properties.countries.includes('KAZ') || p.properties.partners.includes('KAZ')) &&
        (p.properties.financiers ?? []).some((f) => f.institution === 'Export-Import Bank of China'),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(await countText(page)).toBe(
      `${kept.length} of ${projects.length} projects match the country filter and the project filters`,
    );
    await page.getByText('Filter projects · 2 on').click();
    expect(await page.getByRole('checkbox', { name: 'Under construction' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Clear project filters' }).click();
    await page.waitForFunction(() => !location.search.includes('financier='));
    expect(await countText(page)).toMatch(/match the country filter$/);
    await page.locator('.map-panel').screenshot({ path: `${SCREENSHOT_DIR}/projects-phone.png` });
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expectClean(watch);
    await watch.context.close();
  }, 150_000);
});
