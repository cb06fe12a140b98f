import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectClean, launchBrowser, loadCharts, openPage, twoFrames } from './browser';
import { type Served, serveData } from './serveData';

// Printing draws every chart, lesser kinds included, though the reader never scrolled: the
// chart code is fetched while the browser is idle, and `beforeprint` draws every chart before
// the browser lays the page out for paper. The trade-claims data set has a lesser kind (trade
// across the years) beside the main charts.

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

interface ChartState {
  title: string;
  marks: number;
  placeholder: boolean;
  /** What a chart with nothing to draw says in its place. */
  empty: string | null;
  rendered: boolean;
}

declare global {
  interface Window {
    __printed?: ChartState[];
  }
}

/** Records, as `beforeprint` ends, what every chart shows: run after the page's own handler. */
const recordAtPrint = (page: Page) =>
  page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      window.__printed = [...document.querySelectorAll<HTMLElement>('.area-charts figure.chart')].map(
        (figure) => ({
          title: figure.querySelector('.chart-title')?.textContent ?? '',
          // Bars, points, lines and spans of a drawing, or the cards of the key figures.
          marks: figure.querySelectorAll('svg.chart-svg :is(path, rect, circle, line), .key-figure').length,
          placeholder: figure.querySelector('.chart-placeholder') !== null,
          empty: figure.querySelector('.chart-empty')?.textContent ?? null,
          rendered:
            getComputedStyle(figure).contentVisibility === 'visible' &&
            figure.getBoundingClientRect().height > 0,
        }),
      );
    });
  });

const summaryLines = (page: Page) => page.locator('.area-charts .chart--lesser').count();

describe('printing the charts', () => {
  it('draws every chart at 1440×900 before the page is laid out for paper, never scrolled', async () => {
    const watch = await openPage(browser, '/', DESKTOP, served.url);
    const { page } = watch;
    await page.locator('.area-charts .chart-title').first().waitFor();
    // The lesser kinds' lines come with the charts' first drawing, a paint after their frames.
    await page.locator('.area-charts .chart--lesser').first().waitFor();
    // Unscrolled: the charts far below the fold still hold their places, lesser kinds are lines.
    const lesser = await summaryLines(page);
    expect(lesser).toBeGreaterThan(0);
    expect(await page.locator('.area-charts .chart--lesser svg.chart-svg').count()).toBe(0);
    // The chart code comes while the browser is idle after the first view.
    // On a loaded machine the idle moment may come late: try a print (the events alone, as the
    // browser fires them) until no chart would print as a placeholder, then print for real.
    const placeholdersAtPrint = () =>
      page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        // A chart with nothing to draw says so in its place; any other placeholder is a blank chart.
        const blank = [...document.querySelectorAll('.area-charts figure.chart')].filter(
          (f) => f.querySelector('.chart-placeholder') !== null && f.querySelector('.chart-empty') === null,
        ).length;
        // A lesser kind whose code has not come yet prints its summary line with no chart under it.
        const loading = [...document.querySelectorAll('.area-charts .chart--lesser')].filter(
          (section) => section.querySelector('figure') === null,
        ).length;
        const left = blank + loading;
        window.dispatchEvent(new Event('afterprint'));
        return left;
      });
    await expect.poll(placeholdersAtPrint, { timeout: 30_000 }).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await recordAtPrint(page);
    // A real print: Chromium fires beforeprint and afterprint around it.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    const printed = await page.evaluate(() => window.__printed ?? []);
    expect(printed.length).toBeGreaterThanOrEqual(5);
    // A chart with nothing to draw says so in words; every other chart has its marks.
    const blank = printed
      .filter((c) => !c.rendered || (c.empty === null && (c.placeholder || c.marks === 0)))
      .map((c) => c.title);
    expect(blank).toEqual([]);
    expect(printed.filter((c) => c.empty !== null).map((c) => c.empty)).toEqual([
      'No other figures in this data set.',
    ]);
    // Each lesser kind printed as a drawn chart inside its summary line's section.
    expect(await page.evaluate(() => document.querySelectorAll('.chart--lesser').length)).toBe(lesser);
    expect(printed.map((c) => c.title)).toContain('Trade across the years');

    // After printing the page is as it was: lesser kinds closed again.
    expect(await page.locator('.area-charts .chart--lesser svg.chart-svg').count()).toBe(0);
    expectClean(watch);
    await watch.context.close();
  });

  it('prints the charts for the filter chosen while they were far below the view', async () => {
    const watch = await openPage(browser, '/', DESKTOP, served.url);
    const { page } = watch;
    await loadCharts(page);
    const words = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.area-charts .charts-grid > figure.chart')].map(
          (f) =>
            `${f.querySelector('.chart-title')?.textContent}: ${f.querySelector('svg.chart-svg')?.textContent}`,
        ),
      );
    const before = await words();
    // At the top of the page, the charts far below: a chart catches up as it nears the view, so
    // what printing draws must be brought up to date by printing itself.
    await page.getByRole('button', { name: 'Filter by country' }).click();
    await page.getByRole('button', { name: 'Russia', exact: true }).click();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Until they catch up, the charts kept from before the click say they are being updated.
    const busy = () => page.locator('.area-charts [aria-busy="true"]').count();
    await expect.poll(busy).toBeGreaterThan(0);
    const atPrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      // The main charts: the lesser kinds print opened, and close again after.
      const seen = [...document.querySelectorAll('.area-charts .charts-grid > figure.chart')].map(
        (f) =>
          `${f.querySelector('.chart-title')?.textContent}: ${f.querySelector('svg.chart-svg')?.textContent}`,
      );
      window.dispatchEvent(new Event('afterprint'));
      return seen;
    });
    expect(atPrint).not.toEqual(before);
    // What printed is what a reader scrolling to each chart reads.
    await loadCharts(page);
    for (const figure of await page.locator('.area-charts figure.chart').all())
      await figure.scrollIntoViewIfNeeded();
    await twoFrames(page);
    expect(await words()).toEqual(atPrint);
    expect(await busy()).toBe(0);
    expectClean(watch);
    await watch.context.close();
  });
});
