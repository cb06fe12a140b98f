import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/data/schema';
import {
  axeViolations,
  DESKTOP,
  expectClean,
  launchBrowser,
  openPage,
  PHONE,
  SCREENSHOT_DIR,
  twoFrames,
} from './browser';
import { type ServedCorpus, serveCorpus } from './corpus';

// Every kind charted on the generated corpus (a decade of trade, investment, claims, prices,
// shares, tariffs and counts): marks open their sentences, ten years draw as one line, a figure
// with no year stands beside the latest year, and claims over time span the decade.

let browser: Browser;
let corpus: ServedCorpus;
let figures: Figure[];
beforeAll(async () => {
  corpus = await serveCorpus();
  figures = (JSON.parse(readFileSync(join(corpus.dataDir, 'figures.json'), 'utf8')) as { figures: Figure[] })
    .figures;
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

const chart = (page: Page, title: RegExp): Locator =>
  page.locator('.area-charts figure', { has: page.getByRole('heading', { name: title }) });

/** Years of the claims of people the corpus dates, first and last. */
const claimYears = () => {
  const years = figures
    .filter((f) => ['deaths', 'injuries', 'displaced', 'detentions'].includes(f.kind) && f.asOf !== null)
    .map((f) => Number(f.asOf!.slice(0, 4)));
  return [Math.min(...years), Math.max(...years)];
};

describe('the charts on the corpus', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`charts every kind, across the years, at ${name} size`, async () => {
      const watch = await openPage(browser, '/', viewport, corpus.url);
      const { page } = watch;
      // The lesser kinds start as one summary line each; opening one loads and draws its chart.
      for (const title of ['Investment, investor → recipient', 'Trade across the years']) {
        const open = page.getByRole('button', { name: `Show ${title}` });
        await open.waitFor({ timeout: 120_000 });
        expect(await open.getAttribute('aria-expanded')).toBe('false');
        await open.click();
        expect(await page.getByRole('button', { name: `Hide ${title}` }).getAttribute('aria-expanded')).toBe(
          'true',
        );
      }
      // The charts only: on a busy machine the corpus build can take a while to draw everything.
      await chart(page, /^Investment, investor → recipient$/)
        .locator('svg.chart-svg')
        .waitFor({ timeout: 120_000 });

      // An investment figure is drawn, and its mark opens its sentence.
      const investment = chart(page, /^Investment, investor → recipient$/);
      const bar = investment
        .getByRole('group', { name: /: bars$/ })
        .getByRole('button')
        .first();
      await bar.focus();
      await page.keyboard.press('Enter');
      expect(await bar.getAttribute('aria-pressed')).toBe('true');
      const quote = (await investment.locator('blockquote').first().textContent())?.replace(/^“|”$/g, '');
      const investmentQuotes = figures.filter((f) => f.kind === 'investment').map((f) => f.source.quote);
      expect(investmentQuotes).toContain(quote);
      await page.keyboard.press('Escape');

      // A relationship with ten years or more draws one line across them, on a labelled year axis.
      const years = chart(page, /^Trade across the years$/);
      const paths = await years
        .locator('svg path')
        .evaluateAll((nodes) => nodes.map((n) => (n.getAttribute('d') ?? '').match(/L/g)?.length ?? 0));
      expect(Math.max(...paths)).toBeGreaterThanOrEqual(9);
      const ticks = await years.locator('svg text').allTextContents();
      expect(ticks).toContain('no year');

      // A figure with no year stands beside the latest year: in the multiples, the bars and the table.
      const undatedMarks = years.getByRole('button', { name: /, year not stated$/ });
      expect(await undatedMarks.count()).toBeGreaterThan(0);
      const trade = chart(page, /^Trade(, by relationship)?$/);
      // Each main chart loads its code as it nears the viewport.
      await trade.scrollIntoViewIfNeeded();
      await trade.locator('svg.chart-svg').waitFor({ timeout: 120_000 });
      expect(await trade.getByRole('button', { name: /year not stated/ }).count()).toBeGreaterThan(0);
      await trade.getByText('Data table').click();
      expect(await trade.locator('table').textContent()).toContain('year not stated');

      // Claims over time span the decade, on one axis; the chart draws its first panels and says so.
      const claims = chart(page, /^Claims over time$/);
      await claims.scrollIntoViewIfNeeded();
      await claims.locator('svg.chart-svg').waitFor({ timeout: 120_000 });
      expect(await claims.locator('.chart-fold').textContent()).toMatch(
        /^The first \d+ of \d+ panels drawn\./,
      );
      // Drawn in full, the panels span the decade on one axis.
      await claims.getByRole('button', { name: /^Show all \d+$/ }).click();
      await claims.getByRole('button', { name: 'Show fewer' }).waitFor();
      // A decade reads as a decade: every year ticked, in full, or as ’19 where a phone has no room.
      const tickYears = (await claims.locator('svg text').allTextContents()).flatMap((t) =>
        /^\d{4}$/.test(t) ? [Number(t)] : /^’\d{2}$/.test(t) ? [2000 + Number(t.slice(1))] : [],
      );
      const ticked = [...new Set(tickYears)].sort((a, b) => a - b);
      expect(ticked.length).toBeGreaterThanOrEqual(9);
      expect(ticked.at(-1)! - ticked[0]!).toBe(ticked.length - 1);
      const [first, last] = claimYears();
      const caption = (await claims.locator('figcaption').textContent()) ?? '';
      expect(caption).toMatch(new RegExp(`one time axis, \\d+ \\w+ ${first} to \\d+ \\w+ ${last}`));
      expect(await claims.locator('figcaption').textContent()).toMatch(/one time axis/);

      // A source note names three articles and opens the rest.
      expect(await investment.locator('figcaption summary').textContent()).toMatch(/^and \d+ more$/);

      await page.mouse.move(0, 0);
      expect(await axeViolations(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);

      // On screen, charts below the fold skip rendering; printed, every chart renders.
      const visibility = () =>
        page.$$eval('.area-charts .chart', (nodes) =>
          nodes.map((n) => getComputedStyle(n).contentVisibility),
        );
      expect(new Set(await visibility())).toEqual(new Set(['auto']));
      await page.emulateMedia({ media: 'print' });
      expect(new Set(await visibility())).toEqual(new Set(['visible']));
      await page.emulateMedia({ media: 'screen' });
      // Printing draws every kind, the lesser ones never opened too: their code came while the
      // browser was idle, and beforeprint draws them before the page is laid out for paper.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await page.waitForLoadState('networkidle');
      const printedLesser = await page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const marks = [...document.querySelectorAll('.area-charts .chart--lesser')].map(
          (section) => section.querySelectorAll('svg.chart-svg :is(path, rect, circle, line)').length,
        );
        window.dispatchEvent(new Event('afterprint'));
        return marks;
      });
      expect(printedLesser.length).toBeGreaterThanOrEqual(6);
      expect(printedLesser.filter((n) => n === 0)).toEqual([]);

      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`charts corpus ${name}: page height ${height} px`);
      // Screens, not the whole panel: a capture of every chart at corpus size outlasts a busy machine.
      // A chart far below skips rendering (content-visibility: auto) and is rendered in the frames
      // after a jump brings it into view (one blank frame here): the capture waits two frames.
      for (const [part, title] of [
        ['years', /^Trade across the years$/],
        ['investment', /^Investment, investor → recipient$/],
        ['claims', /^Claims over time$/],
      ] as const) {
        await chart(page, title).scrollIntoViewIfNeeded();
        await twoFrames(page);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/charts-corpus-${name}-${part}.png` });
      }
      expectClean(watch);
      await watch.context.close();
    }, 900_000);
  }
});
