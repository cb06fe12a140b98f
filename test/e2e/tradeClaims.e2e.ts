import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  expectClean,
  launchBrowser,
  openPage,
  PHONE,
  SCREENSHOT_DIR,
  waitForViews,
} from './browser';
import { type Served, serveData } from './serveData';

// The charts on test/fixtures/datasets/trade-claims: 43 trade figures over three years, group
// totals with breakdowns, mirror pairs, and tolls reported again and again by two claimants.

let browser: Browser;
let served: Served;
beforeAll(async () => {
  served = await serveData('test/fixtures/datasets/trade-claims');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** The words of a chart's SVG, without the bidi isolates around names. */
const svgWords = async (page: Page, heading: RegExp) =>
  (
    await page
      .locator('.area-charts figure', { has: page.getByRole('heading', { name: heading }) })
      .locator('svg text')
      .allTextContents()
  )
    .join(' ')
    .replace(/[\u2066-\u2069]/g, '');

/**
 * Takes a full-page screenshot and counts, inside each chart's box, the pixels that are not
 * background: a chart skipped by the browser (content-visibility) shows as an empty frame.
 */
async function inkPerChart(page: Page, path: string): Promise<number[]> {
  const boxes = await page.$$eval('.area-charts svg.chart-svg', (svgs) =>
    svgs.map((svg) => {
      const r = svg.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
    }),
  );
  const png = await page.screenshot({ path, fullPage: true });
  const viewer = await page.context().newPage();
  const counts = await viewer.evaluate(
    async ({ data, boxes }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      return boxes.map((b) => {
        const pixels = ctx.getImageData(b.x, b.y, Math.max(1, b.width), Math.max(1, b.height)).data;
        let ink = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 600) ink++;
        return ink;
      });
    },
    { data: png.toString('base64'), boxes },
  );
  await viewer.close();
  return counts;
}

describe('charts on many trade figures and repeated claims', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`groups trade by relationship, with gaps, breakdowns, a year control and claims over time, at ${name} size`, async () => {
      const watch = await openPage(browser, '/', viewport, served.url);
      const { page } = watch;
      await waitForViews(page);
      const trade = page.locator('.area-charts figure', {
        has: page.getByRole('heading', { name: /^Trade, by/ }),
      });
      // The chart draws its first bars and folds the rest: this journey reads them all.
      const showAll = trade.getByRole('button', { name: /^Show all/ });
      if ((await showAll.count()) > 0) await showAll.click();

      // Mirror statistics: the gap as a computed number with its formula.
      let words = await svgWords(page, /^Trade, by/);
      expect(words).toContain(
        "Computed: China's figure is 7.32× Kyrgyzstan's: $22.7 billion ÷ $3.1 billion.",
      );
      // A group total broken down by its members, with their shares and the remainder.
      expect(words).toContain(
        'Breakdown of the $94.8 billion (Chinese customs, 2024) by member, computed: Kazakhstan 46%',
      );
      expect(words).toContain('remainder $400 million');
      // The notes count past three figures, and each count highlights what it counts.
      expect(words).toMatch(
        /Not like for like \d+ figures for 2024, 1 for 2023, 1 with no year; \d+ reporters/,
      );
      const approximate = trade.getByRole('button', { name: '3 approximate' });
      await approximate.click();
      expect(await approximate.getAttribute('aria-pressed')).toBe('true');
      expect(await trade.locator('svg rect[stroke-width="3"]').count()).toBe(3);

      // The year control, by keyboard: the bars and the link follow it.
      const latest = trade.getByRole('radio', { name: 'Latest for each' });
      expect(await latest.isChecked()).toBe(true);
      expect(await trade.getByRole('button', { name: /, 2023, / }).count()).toBe(1);
      await latest.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await trade.getByRole('radio', { name: '2023' }).isChecked()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get('tradeYear')).toBe('2023');
      expect(await trade.getByRole('button', { name: /, 2024, / }).count()).toBe(0);
      expect(await trade.getByRole('button', { name: /, 2023, / }).count()).toBeGreaterThan(10);
      words = await svgWords(page, /^Trade, by/);
      expect(words).toContain('No 2023 figure for Turkmenistan.');

      // Claims over time: one stepped series per claimant, each point a mark.
      const claims = page.locator('.area-charts figure', {
        has: page.getByRole('heading', { name: 'Claims over time' }),
      });
      // One path per claimant's series in each panel, never one line for two claimants. The chart
      // draws its first two panels: deaths in Kyrgyzstan (the health ministry and a rights
      // monitor, 2 paths) and in Tajikistan (officials, 1). Shown all, injuries in Kyrgyzstan (1)
      // and displacement there (2 claimants) join them: 6, the count before panels were folded.
      expect(await claims.locator('svg path').count()).toBe(3);
      await claims.getByRole('button', { name: 'Show all 4' }).click();
      expect(await claims.locator('svg path').count()).toBe(6);
      const claimWords = await svgWords(page, /^Claims over time$/);
      expect(claimWords).toContain("Kyrgyzstan's health ministry");
      expect(claimWords).toContain('a Bishkek rights monitor');
      expect(await claims.getByRole('button', { name: /claimed by a Bishkek rights monitor/ }).count()).toBe(
        3,
      );

      await page.mouse.move(0, 0);
      expect(await axeViolations(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);

      // Printed as the browser prints (beforeprint, then the print media), every chart is drawn,
      // below the fold too (on screen those may skip rendering).
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const ink = await inkPerChart(page, `${SCREENSHOT_DIR}/trade-claims-${name}.png`);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      // Trade, trade across the years (a lesser kind, drawn for print though never opened),
      // deaths, claims over time, population and the timeline.
      expect(ink).toHaveLength(6);
      for (const [i, count] of ink.entries()) expect(count, `chart ${i}`).toBeGreaterThan(200);
      expectClean(watch);
      await watch.context.close();
    });
  }
});
