import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/data/articleFile';
import { splitSentences } from '../../src/data/extract/sentences';
import { axeViolations, DESKTOP, launchBrowser, loadCharts, openPage, PHONE, screenshot } from './browser';
import { type ServedCorpus, serveCorpus } from './corpus';

// Exploring the corpus: search finds an article by a phrase of its body and opens it at that
// sentence; the time range narrows every view, goes into the link and comes back with Back; the
// article list is newest first. At 1440×900 and 390×844, with no axe violation and no sideways
// scrolling.

let browser: Browser;
let corpus: ServedCorpus;
beforeAll(async () => {
  browser = await launchBrowser();
  corpus = await serveCorpus();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await corpus?.close();
});

/** A sentence with a number that only one article of the corpus contains, with that article's title. */
function uniqueSentence(
  dataDir: string,
  keep: (published: string | null) => boolean = () => true,
): { title: string; sentence: string } {
  const dir = join(dataDir, 'articles');
  const articles = readdirSync(dir)
    .sort()
    .map((name) => parseArticle(`articles/${name}`, readFileSync(join(dir, name), 'utf8')))
    .flatMap((p) => (p.ok ? [p.article] : []));
  const sentences = articles.map((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text)));
  const seen = new Map<string, number>();
  for (const list of sentences) for (const text of new Set(list)) seen.set(text, (seen.get(text) ?? 0) + 1);
  for (const [i, article] of articles.entries()) {
    const sentence = sentences[i]?.find((text) => {
      const words = text.split(/\s+/).length;
      return seen.get(text) === 1 && /\d/.test(text) && words >= 8 && words <= 25;
    });
    if (sentence !== undefined && i >= 100 && keep(article.published))
      return { title: article.title, sentence };
  }
  throw new Error('no sentence of the corpus is in one article only');
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The publication dates the article list shows, top to bottom. */
const listedDates = (page: Page) =>
  page.locator('.article-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));

/** The figure and event counts the live status line announces. */
async function statusCounts(page: Page): Promise<{ figures: number; events: number }> {
  const text = (await page.locator('.filter-status').textContent()) ?? '';
  // Counts are written with grouped digits ("3,300 figures").
  const count = (noun: string) =>
    Number(new RegExp(`([\\d,]+) ${noun}s?\\b`).exec(text)?.[1]?.replaceAll(',', '') ?? Number.NaN);
  return { figures: count('figure'), events: count('event') };
}

async function searchAndOpen(page: Page, phrase: string, title: string) {
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill(phrase);
  const list = page.getByRole('listbox', { name: 'Search results' });
  const option = list.getByRole('option').filter({ hasText: title });
  await option.first().waitFor({ timeout: 60_000 });
  // Keyboard: down to the article, Enter opens it.
  const options = await list.getByRole('option').allTextContents();
  const index = options.findIndex((t) => t.includes(title));
  for (let i = 0; i <= index; i++) await box.press('ArrowDown');
  await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(
    await option.first().getAttribute('id'),
  );
  await box.press('Enter');
  await page.locator('.search-hit').first().waitFor();
}

const in2016to2017 = (published: string | null) =>
  published !== null && published >= '2016-01-01' && published <= '2017-12-31';
const firstWords = (sentence: string) => sentence.split(/\s+/).slice(0, 8).join(' ');

describe('exploring the corpus', () => {
  it('at 1440×900: the range narrows every view, goes into the link and Back restores it; search opens an article at its sentence', async () => {
    const { page, consoleErrors } = await openPage(browser, '/', DESKTOP, corpus.url);
    try {
      // Charts load as they near the viewport: bring them in first, as a reader scrolling would.
      await page.locator('.area-charts .chart-title').first().waitFor({ timeout: 120_000 });
      await loadCharts(page);
      await page.locator('.area-charts svg.chart-svg').first().waitFor({ timeout: 120_000 });
      await page.locator('.filter-status').filter({ hasText: 'figures' }).waitFor({ timeout: 60_000 });

      // Newest first, a page at a time.
      const dates = await listedDates(page);
      expect(dates.length).toBeGreaterThan(5);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(await page.locator('.article-list li').count()).toBeLessThanOrEqual(20);

      // The range 2016–2017: each end a step in the history.
      const before = await statusCounts(page);
      const group = page.getByRole('group', { name: 'Time range' });
      await group.getByLabel('From').selectOption('2016');
      await page.waitForURL(/from=2016/, { timeout: 60_000 });
      await group.getByLabel('To').selectOption('2017');
      await page.waitForURL(/from=2016&to=2017/, { timeout: 60_000 });
      await page
        .locator('.filter-status')
        .filter({ hasText: 'from 2016 to 2017' })
        .waitFor({ timeout: 60_000 });
      const after = await statusCounts(page);
      expect(after.figures).toBeLessThan(before.figures);
      expect(after.events).toBeLessThan(before.events);
      const ranged = await listedDates(page);
      expect(ranged.length).toBeGreaterThan(0);
      expect([...ranged].sort().reverse()).toEqual(ranged);
      for (const d of ranged) expect(in2016to2017(d), d).toBe(true);
      expect(await noSideways(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'explore-range-desktop');

      // Back undoes one end, then the other.
      await page.goBack();
      await page.waitForURL((url) => url.search.includes('from=2016') && !url.search.includes('to='));
      await expect.poll(() => group.getByLabel('To').inputValue(), { timeout: 60_000 }).toBe('');
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('from='));
      await expect.poll(() => statusCounts(page), { timeout: 60_000 }).toEqual(before);
      expect(await group.getByLabel('From').inputValue()).toBe('');

      // Search by a phrase of one article's body: it opens at that sentence.
      const { title, sentence } = uniqueSentence(corpus.dataDir);
      await searchAndOpen(page, firstWords(sentence), title);
      expect(await page.locator('.reader-title').textContent()).toBe(title);
      expect((await page.locator('.search-hit').allTextContents()).join('')).toBe(sentence);
      expect(await page.locator('.search-hit').first().isVisible()).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe(firstWords(sentence));
      expect(await noSideways(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'explore-search-desktop');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 600_000);

  it('at 390×844: a link with a range opens narrowed, and search within it works on a phone', async () => {
    const { page, consoleErrors } = await openPage(browser, '/?from=2016&to=2017', PHONE, corpus.url);
    try {
      // Charts load as they near the viewport: bring them in first, as a reader scrolling would.
      await page.locator('.area-charts .chart-title').first().waitFor({ timeout: 120_000 });
      await loadCharts(page);
      await page.locator('.area-charts svg.chart-svg').first().waitFor({ timeout: 120_000 });
      const group = page.getByRole('group', { name: 'Time range' });
      expect(await group.getByLabel('From').inputValue()).toBe('2016');
      expect(await group.getByLabel('To').inputValue()).toBe('2017');
      const dates = await listedDates(page);
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const d of dates) expect(in2016to2017(d), d).toBe(true);
      expect(await noSideways(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'explore-range-phone');

      const { title, sentence } = uniqueSentence(corpus.dataDir, in2016to2017);
      await searchAndOpen(page, firstWords(sentence), title);
      expect((await page.locator('.search-hit').allTextContents()).join('')).toBe(sentence);
      expect(await noSideways(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'explore-search-phone');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 600_000);
});
