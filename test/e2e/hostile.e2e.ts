import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, type Served } from '../../scripts/lib/buildAndServe';
import { launchBrowser, openPage, screenshot, waitForViews } from './browser';

// The app built on test/fixtures/hostile, whose every text field carries markup, script and
// bidi payloads. They must show as text, run nothing and fetch nothing.

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

let browser: Browser;
let served: Served;
beforeAll(async () => {
  served = await buildAndServe({ dataDir: 'test/fixtures/hostile', outDir: 'dist-e2e/hostile' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('hostile data', () => {
  it('renders every payload as text, runs no script and makes no request', async () => {
    const watch = await openPage(browser, '/', undefined, served.url);
    const { page } = watch;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    /** In every state: nothing ran, no element the payloads describe exists, nothing left the origin. */
    const expectInert = async (state: string) => {
      await page.waitForLoadState('networkidle');
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
      expect(pwned, state).toBeNull();
      expect(dialogs, state).toBe(0);
      expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count(), state).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count(), state).toBe(0);
      expect(watch.offOrigin, state).toEqual([]);
      expect(watch.cspViolations, state).toEqual([]);
      expect(watch.consoleErrors, state).toEqual([]);
    };

    await page.getByRole('heading', { name: `Title ${IMG} ${SCRIPT}` }).waitFor();
    await waitForViews(page);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(IMG);
    expect(text).toContain('Publisher <svg onload="window.__pwned=4"></svg>');
    await expectInert('first view');
    await screenshot(page, 'hostile-desktop');

    // The article, open in the reader: its payloads are text, its quotes marked as text.
    await page.getByRole('button', { name: `Title ${IMG} ${SCRIPT}` }).click();
    const body = page.locator('.reader-body');
    await body.locator('mark').first().waitFor();
    expect(await body.textContent()).toContain(`Body opens with ${IMG} and ${SCRIPT}`);
    expect(await body.locator('mark').allTextContents()).toContain(
      `Trade reached $95 billion ${IMG} in 2024`,
    );
    await expectInert('article open');

    // A chart mark, focused: its tooltip quotes the payloads as text. The pointer is moved off the
    // page first, so no mark it happens to rest on after the reader's click shows a tooltip too.
    await page.mouse.move(0, 0);
    await page.locator('.area-charts button.chart-mark[data-mark-id="hostile-trade"]').focus();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('.tooltip-label').textContent()).toBe(`Trade ${IMG}`);
    expect(await tooltip.locator('blockquote').textContent()).toBe(
      `“Trade reached $95 billion ${IMG} in 2024”`,
    );
    await expectInert('chart tooltip');
    await screenshot(page, 'hostile-tooltip-desktop');

    // A project's popup, opened from the Projects list.
    await page.locator('#map-row-hostile-site').click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.locator('h3').waitFor();
    expect(await popup.locator('h3').textContent()).toBe('Site <svg onload="window.__pwned=4"></svg>');
    expect(await popup.locator('blockquote').textContent()).toBe(
      `“Trade reached $95 billion ${IMG} in 2024”`,
    );
    await expectInert('project popup');
    await screenshot(page, 'hostile-popup-desktop');
    await watch.context.close();
  });
});
