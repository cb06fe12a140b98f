import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { buildAndServe, type Served } from './serve';

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
    await page.getByRole('heading', { name: `Title ${IMG} ${SCRIPT}` }).waitFor();
    await page.waitForLoadState('networkidle');
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
    expect(pwned).toBeNull();
    expect(dialogs).toBe(0);
    // No element the payloads describe was created: they stayed text.
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(IMG);
    expect(text).toContain('Publisher <svg onload="window.__pwned=4"></svg>');
    await screenshot(page, 'hostile-desktop');
    expect(watch.offOrigin).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });
});
