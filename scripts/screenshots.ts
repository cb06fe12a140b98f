import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildAndServe } from './lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium';

// npm run screenshots: builds the app on data/, opens it in Chromium at desktop and phone sizes
// and saves the README's screenshots to docs/.

const VIEWS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, path: '/' },
  { name: 'phone', viewport: { width: 390, height: 844 }, path: '/' },
  {
    name: 'desktop-kazakhstan',
    viewport: { width: 1440, height: 900 },
    path: '/?countries=KAZ&project=khorgos-dry-port',
  },
  // The charts, scrolled to: they load as they near the viewport.
  { name: 'desktop-charts', viewport: { width: 1440, height: 900 }, path: '/', charts: true },
] as const;

const served = await buildAndServe({ dataDir: 'data', outDir: 'dist-e2e/screenshots' });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  mkdirSync('docs', { recursive: true });
  for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: view.viewport });
    const page = await context.newPage();
    await page.goto(`${served.url}${view.path}`);
    await page.locator('.leaflet-container path').first().waitFor();
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('button').first().waitFor();
    if ('charts' in view) {
      await page.locator('.area-charts').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelector('.area-charts')?.scrollIntoView({ block: 'start' }));
      await page.locator('.area-charts svg.chart-svg').first().waitFor();
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `docs/screenshot-${view.name}.png` });
    console.log(`saved docs/screenshot-${view.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
