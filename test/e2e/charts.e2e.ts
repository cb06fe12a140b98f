import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, launchBrowser, openPage, PHONE, SCREENSHOT_DIR } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SEED_TEXT = [
  'estimated $95 billion',
  'around $64 billion',
  '$44 billion',
  '224',
  '24',
  // Names are bidi isolates (FSI … PDI) inside the scale chart's titles.
  /^\u2068Central Asia\u2069: 80 million people$/,
  /^\u2068China\u2069: 1\.4 billion people$/,
  '17.5×',
  'Scheduled: 9 Jul 2025',
  'more than 1 million',
  '10%',
];

/** Pairs of SVG text elements whose drawn boxes overlap, per chart, measured in the real font. */
function overlappingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll('.area-charts svg.chart-svg')) {
      const boxes = [...svg.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        r: t.getBoundingClientRect(),
      }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          // A pixel of slack: ascenders and descenders of adjacent lines may touch.
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 2 && b.top < a.bottom - 2)
            found.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
        }
      const frame = svg.getBoundingClientRect();
      for (const { text, r } of boxes)
        if (r.left < frame.left - 1 || r.right > frame.right + 1)
          found.push(`${text} runs outside its chart`);
    }
    return found;
  });
}

describe('the charts on the seed data', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`draws every chart legibly, exports it and passes axe at ${name} size`, async () => {
      const watch = await openPage(browser, '/', viewport);
      const { page } = watch;
      const charts = page.locator('.area-charts');
      // Each chart loads its code as it nears the viewport: scroll through the charts once, as a reader would.
      await charts.getByRole('heading', { name: 'Timeline' }).waitFor();
      const [top, bottom] = await charts.evaluate((n) => {
        const box = n.getBoundingClientRect();
        return [box.top + window.scrollY, box.bottom + window.scrollY];
      });
      for (let y = top; y < bottom; y += 300) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await page.waitForTimeout(50);
      }
      await charts.getByRole('heading', { name: 'Trade with Central Asia, by partner' }).waitFor();
      await charts.getByRole('heading', { name: 'Reported deaths in Iran and Israel' }).waitFor();
      await charts.getByRole('heading', { name: 'Population, to scale' }).waitFor();
      await charts.getByRole('heading', { name: 'Timeline' }).waitFor();
      for (const text of SEED_TEXT) {
        const found =
          typeof text === 'string' ? charts.getByText(text, { exact: true }) : charts.getByText(text);
        expect(await found.first().isVisible(), String(text)).toBe(true);
      }
      // The comparability warning is drawn next to the bars (wrapped onto as many lines as it needs).
      const tradeWords = await charts
        .locator('figure', { has: page.getByRole('heading', { name: /^Trade with/ }) })
        .locator('svg text')
        .allTextContents();
      // Names are bidi isolates (FSI … PDI) inside the sentence; the words are what is checked.
      expect(tradeWords.join(' ').replace(/[\u2066-\u2069]/g, '')).toContain(
        "The European Union's figure is for 2023, China's for 2024; Russia's year is not stated.",
      );
      expect(await charts.locator('svg[role="img"]').count()).toBe(5);

      // Every SVG label is at least 12 px, none overlaps another or leaves its chart.
      const sizes = await page.$$eval('.area-charts svg.chart-svg text', (ts) =>
        ts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      expect(await overlappingTexts(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      // Focusing a mark shows its sentence in a tooltip; Enter selects it.
      const bar = charts.getByRole('button', { name: /^China: estimated \$95 billion/ });
      await bar.focus();
      const tooltip = charts.getByRole('tooltip');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toContain('according to Chinese customs');
      const tip = await tooltip.boundingBox();
      expect(tip!.x).toBeGreaterThanOrEqual(0);
      expect(tip!.x + tip!.width).toBeLessThanOrEqual(viewport.width);
      await page.keyboard.press('Enter');
      expect(await bar.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Escape');

      // PNG and SVG downloads produce real files, made in the browser.
      const trade = charts.getByRole('group', { name: 'Download Trade with Central Asia, by partner' });
      const saveDir = mkdtempSync(join(tmpdir(), 'crossroads-downloads-'));
      for (const kind of ['PNG', 'SVG'] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          trade.getByRole('button', { name: new RegExp(`as ${kind}$`) }).click(),
        ]);
        const path = join(saveDir, download.suggestedFilename());
        await download.saveAs(path);
        expect(download.suggestedFilename()).toBe(`trade-with-central-asia-by-partner.${kind.toLowerCase()}`);
        expect(statSync(path).size).toBeGreaterThan(kind === 'PNG' ? 10_000 : 1_000);
      }
      rmSync(saveDir, { recursive: true, force: true });

      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page, '.area-charts')).toEqual([]);
      await page.mouse.move(0, 0);
      await charts.screenshot({ path: `${SCREENSHOT_DIR}/charts-${name}.png` });
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      await watch.context.close();
    });
  }
});
