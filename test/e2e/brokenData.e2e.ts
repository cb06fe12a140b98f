import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';

// A broken data file shows an error naming the file and the problem in the part it affects,
// while everything else keeps working. The server's answers are replaced per test.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BREAKAGES = [
  { name: '404', body: 'not found', status: 404, expect: /figures\.json.*404/ },
  { name: 'not JSON', body: '<html>oops</html>', status: 200, expect: /figures\.json.*not valid JSON/ },
  {
    name: 'schema failure',
    body: '{"figures":[{"id":"x"}]}',
    status: 200,
    expect: /figures\.json.*record x.*field kind/,
  },
  {
    name: 'truncated',
    body: '{"figures":[{"id":"trade-china-central-asia-2024","kind":"tr',
    status: 200,
    expect: /figures\.json.*truncated/,
  },
];

async function breakFigures(page: Page, status: number, body: string) {
  await page.route('**/data/figures.json', (route) =>
    route.fulfill({ status, body, contentType: 'application/json' }),
  );
  await page.reload();
}

describe('broken data at run time', () => {
  for (const breakage of BREAKAGES) {
    it(`a figures.json that is ${breakage.name} shows an error and leaves the rest working`, async () => {
      const watch = await openPage(browser, '/');
      const { page } = watch;
      await breakFigures(page, breakage.status, breakage.body);
      const alert = page.getByRole('alert').filter({ hasText: 'figures.json' }).first();
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(breakage.expect);
      // Unaffected parts still load.
      await page
        .getByRole('heading', { name: "China's Xi In Kazakhstan To Cement Central Asia Ties" })
        .waitFor();
      expect(await page.getByTestId('count-projects').locator('dd').textContent()).toBe('9');
      expect(await page.getByTestId('count-figures').locator('dd').textContent()).toBe('error');
      if (breakage.name === 'schema failure') await screenshot(page, 'broken-figures-desktop');
      await watch.context.close();
    });
  }

  it('an articles bundle that fails shows an error in the reader, and the counts still load', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    await page.route('**/data/articles.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'articles' }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/500/);
    expect(await page.getByTestId('count-figures').locator('dd').textContent()).toBe('9');
    await watch.context.close();
  });
});
