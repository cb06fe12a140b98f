import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, type Served } from '../../scripts/lib/buildAndServe';
import { DESKTOP, launchBrowser, openPage, SCREENSHOT_DIR, screenshot } from './browser';

// The app built on the generated corpus (1,000 articles): the first load carries the article
// index and no article text; opening an article fetches the one chunk its text is in; a chunk
// that fails says so in the reader, where the text was asked for.

let browser: Browser;
let served: Served;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crossroads-corpus-'));
  const tsx = resolve('node_modules/tsx/dist/cli.mjs');
  execFileSync(process.execPath, [tsx, 'scripts/corpus/generate.ts', '--out', dir], { stdio: 'ignore' });
  served = await buildAndServe({ dataDir: dir, outDir: 'dist-e2e/corpus-bodies' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('article bodies on the corpus', () => {
  it('are fetched only when an article is opened, one chunk at a time, and a failed chunk says so', async () => {
    const watch = await openPage(browser, '/', DESKTOP, served.url);
    const { page } = watch;
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/article-bodies/')) bodies.push(r.url());
    });
    const reader = page.locator('.area-reader');
    // The article links: the list's buttons, not the Newer and Older buttons under it.
    const links = reader.getByRole('navigation', { name: 'Articles' }).getByRole('list').getByRole('button');
    await links.first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(bodies).toEqual([]);

    await links.first().click();
    const text = reader.getByRole('region', { name: /^Text of / });
    await text.locator('p').first().waitFor();
    expect(bodies).toHaveLength(1);
    expect(await text.getByRole('alert').count()).toBe(0);

    await page.route('**/data/article-bodies/**', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await links.last().click();
    const alert = reader.getByRole('article').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be loaded: the server answered 500/);
    expect(bodies).toHaveLength(2);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'corpus-body-failed-desktop');
    await reader
      .getByRole('article')
      .screenshot({ path: `${SCREENSHOT_DIR}/corpus-body-failed-article.png` });
    await watch.context.close();
    // A thousand articles on a shared two-core machine: the first load alone can take 30 s.
  }, 240_000);
});
