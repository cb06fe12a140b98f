import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFileBody } from '../../scripts/lib/dataFolder';
import { launchBrowser, loadCharts, loadedCount, openPage, screenshot } from './browser';

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
  { name: '404', body: 'not found', status: 404, expect: /figures\.json.*missing.*404/, count: 'error' },
  {
    name: 'not JSON',
    body: '<html>oops</html>',
    status: 200,
    expect: /figures\.json.*not valid JSON/,
    count: 'error',
  },
  {
    name: 'schema failure',
    body: '{"figures":[{"id":"x"}]}',
    status: 200,
    expect: /figures\.json.*record x.*field kind/,
    // The one record is left out; the file itself loaded.
    count: '0',
  },
  {
    name: 'truncated',
    body: '{"figures":[{"id":"trade-china-central-asia-2024","kind":"tr',
    status: 200,
    expect: /figures\.json.*truncated/,
    count: 'error',
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
      expect(await loadedCount(page, 'projects')).toBe('9');
      expect(await loadedCount(page, 'figures')).toBe(breakage.count);
      if (breakage.name === 'schema failure') await screenshot(page, 'broken-figures-desktop');
      await watch.context.close();
    });
  }

  it('an article index that fails shows an error in the reader, and the counts still load', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    await page.route('**/data/article-index.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'articles' }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/500/);
    expect(await loadedCount(page, 'figures')).toBe('9');
    await watch.context.close();
  });

  it('leaves out each bad record on its own, names it, says so in its panel, and shows the rest', async () => {
    const seed = (name: string) => JSON.parse(readFileSync(`data/${name}`, 'utf8'));
    // A bad figure, and a repeat of China's trade id on the EU's figure.
    const figures = seed('figures.json');
    const eu = figures.figures.find((f: { id: string }) => f.id === 'trade-eu-central-asia-2023');
    figures.figures.find((f: { id: string }) => f.id === 'deaths-israel-iranian-strikes').kind = 'bogus';
    figures.figures.push({ ...eu, id: 'trade-china-central-asia-2024' });
    // A country with a wrong region.
    const countries = seed('countries.json');
    countries.countries.find((c: { code: string }) => c.code === 'AUT').region = 'alps';
    // A stray notes file, a Latin-1 article, one with a NUL byte, and one saved with a byte-order
    // mark: the article index and its problems are made from the folder at build time.
    const dir = mkdtempSync(join(tmpdir(), 'crossroads-broken-'));
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'figures.json'), JSON.stringify(figures));
    writeFileSync(join(dir, 'countries.json'), JSON.stringify(countries));
    const first = join(dir, 'articles', 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties.md');
    writeFileSync(first, `\uFEFF${readFileSync(first, 'utf8')}`);
    writeFileSync(join(dir, 'articles', 'notes.md'), 'Check the totals.');
    writeFileSync(join(dir, 'articles', 'cafe.md'), Buffer.from('caf\xe9', 'latin1'));
    writeFileSync(join(dir, 'articles', 'nul.md'), Buffer.from('a\u0000b'));
    const indexBody = String(dataFileBody(dir, 'article-index.json', true));
    rmSync(dir, { recursive: true, force: true });

    const watch = await openPage(browser, '/');
    const { page } = watch;
    const json = (body: unknown) => ({
      status: 200,
      body: JSON.stringify(body),
      contentType: 'application/json',
    });
    await page.route('**/data/figures.json', (route) => route.fulfill(json(figures)));
    await page.route('**/data/countries.json', (route) => route.fulfill(json(countries)));
    await page.route('**/data/article-index.json', (route) =>
      route.fulfill({ status: 200, body: indexBody, contentType: 'application/json' }),
    );
    // What a static server answers for a file that is not there: the app's own page.
    await page.route('**/data/events.json', (route) =>
      route.fulfill({
        status: 200,
        body: '<!doctype html><title>Crossroads</title>',
        contentType: 'text/html',
      }),
    );
    await page.reload();

    const notes = page.getByRole('note').filter({ hasText: 'left out' });
    await page.locator('.area-charts').getByText('2 figures left out: see problems').waitFor();
    await page.locator('.area-reader').getByText('3 articles left out: see problems').waitFor();
    await page.locator('.area-map').getByText('1 country left out: see problems').waitFor();
    expect(await notes.count()).toBe(3);
    const problems = await page.locator('#data-problems').textContent();
    expect(problems).toContain('countries.json · record AUT · field region');
    expect(problems).toContain('figures.json · record deaths-israel-iranian-strikes · field kind');
    expect(problems).toContain(
      'figures.json · record trade-china-central-asia-2024 · field id: duplicate id',
    );
    expect(problems).toContain('articles/notes.md · record notes');
    expect(problems).toMatch(/articles\/cafe\.md · record cafe: the file is not valid UTF-8 \(byte 0xE9/);
    expect(problems).toContain(
      'articles/nul.md · record nul: the file contains a NUL character (U+0000) on line 1',
    );
    const missing = page.getByRole('alert').filter({ hasText: 'events.json' }).first();
    expect(await missing.textContent()).toContain('events.json: the file is missing');
    expect(await missing.textContent()).not.toContain('Unexpected token');

    // China's bar is China's, the EU has one bar, the other articles and the map's shading show.
    const charts = page.locator('.area-charts');
    await loadCharts(page);
    await charts.getByRole('button', { name: /^China: estimated \$95 billion/ }).waitFor();
    expect(await charts.getByRole('button', { name: /^European Union: around \$64 billion/ }).count()).toBe(
      1,
    );
    expect(await loadedCount(page, 'articles')).toBe('4');
    await page.locator('.leaflet-container path.cr-country-KAZ').waitFor();
    // The filter still works and still names countries.
    await page.getByRole('button', { name: 'Filter by country' }).click();
    await page.getByRole('button', { name: 'Kazakhstan', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Kazakhstan' }).waitFor();
    await screenshot(page, 'broken-records-desktop');
    await watch.context.close();
  });
});
