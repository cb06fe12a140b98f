import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/data/articleFile';
import { DESKTOP, launchBrowser, openPage, screenshot } from './browser';
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

describe('the dashboard on the corpus', () => {
  it('draws charts and the map and lists the newest of its articles', async () => {
    expect(readdirSync(join(corpus.dataDir, 'articles'))).toHaveLength(corpus.counts.articles);
    const { page, consoleErrors } = await openPage(browser, '/', DESKTOP, corpus.url);
    try {
      await page.locator('.leaflet-container').waitFor({ timeout: 60_000 });
      await page.locator('.area-charts svg.chart-svg').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('.area-charts svg.chart-svg').count()).toBeGreaterThan(1);
      const title = newestTitle(corpus.dataDir);
      await expect(
        page.locator('.area-reader').getByRole('button', { name: title, exact: true }).count(),
      ).resolves.toBe(1);
      // Charts draw when they come into view: scroll through once so the capture shows them all.
      const viewports = await page.evaluate(() =>
        Math.ceil(document.documentElement.scrollHeight / innerHeight),
      );
      for (let i = 1; i <= viewports; i++) {
        await page.evaluate((y) => scrollTo(0, y * innerHeight), i);
        await page.waitForTimeout(150);
      }
      await page.evaluate(() => scrollTo(0, 0));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`corpus page height at 1440×900: ${height} px`);
      await screenshot(page, 'corpus-desktop');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 180_000);
});
