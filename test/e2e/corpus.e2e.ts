import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/data/articleFile';
import { DESKTOP, launchBrowser, loadCharts, openPage, screenshot } from './browser';
import { type ServedCorpus, serveCorpus } from './corpus';

// The dashboard on the generated corpus (1,000 articles over 2015–2025): it loads, draws its
// charts and map, and lists the corpus's newest article. The screenshot is for looking at.

let browser: Browser;
let corpus: ServedCorpus;

beforeAll(async () => {
  corpus = await serveCorpus();
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await corpus?.close();
});

/** The title of the most recently published article in the generated folder. */
function newestTitle(dataDir: string): string {
  const dir = join(dataDir, 'articles');
  let newest = { published: '', title: '' };
  for (const name of readdirSync(dir)) {
    const parsed = parseArticle(`articles/${name}`, readFileSync(join(dir, name), 'utf8'));
    if (parsed.ok && (parsed.article.published ?? '') > newest.published)
      newest = { published: parsed.article.published ?? '', title: parsed.article.title };
  }
  return newest.title;
}

/**
 * The page's height once every chart has drawn: scroll each waiting chart into view until none
 * waits for its code, then through the whole page, and measure once the network is idle.
 */
async function drawnHeight(page: Page): Promise<number> {
  await loadCharts(page);
  expect(await page.locator('.area-charts .chart-placeholder').count()).toBe(0);
  const height = () => page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < (await height()); y += DESKTOP.height / 2) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => scrollTo(0, 0));
  return height();
}

describe('the dashboard on the corpus', () => {
  it('draws charts and the map and lists the newest of its articles', async () => {
    expect(readdirSync(join(corpus.dataDir, 'articles'))).toHaveLength(corpus.counts.articles);
    const { page, consoleErrors } = await openPage(browser, '/', DESKTOP, corpus.url);
    try {
      await page.locator('.leaflet-container').waitFor({ timeout: 60_000 });
      // The charts lie below the fold at this size, and each draws as it nears the view.
      await loadCharts(page);
      await page.locator('.area-charts svg.chart-svg').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('.area-charts svg.chart-svg').count()).toBeGreaterThan(1);
      const title = newestTitle(corpus.dataDir);
      await expect(
        page.locator('.area-reader').getByRole('button', { name: title, exact: true }).count(),
      ).resolves.toBe(1);
      // Issue 18: at 1440×900 the corpus page is at most 1.5 times the seed page's height, both
      // measured with every chart drawn (a chart holds only its reserve until it nears the view).
      const height = await drawnHeight(page);
      const seed = await openPage(browser, '/', DESKTOP);
      const seedHeight = await drawnHeight(seed.page);
      await seed.context.close();
      console.log(`page height at 1440×900, charts drawn: corpus ${height} px, seed ${seedHeight} px`);
      expect(height / seedHeight).toBeLessThanOrEqual(1.5);
      await screenshot(page, 'corpus-desktop');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 300_000);
});
