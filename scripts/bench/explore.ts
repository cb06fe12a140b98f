import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { CORPUS_DEFAULTS, generateCorpus } from '../corpus/corpus';
import { writeDataset } from '../corpus/writeDataset';
import { buildAndServe } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { drawWholePage, waitForPanels } from './pageScripts';

// npm run bench:explore — on the generated corpus (1,000 articles), in Chromium at 1440×900:
// - search: from the last keystroke of a typed query until its results are on the page, after
//   the index has loaded (the first search, which fetches and loads the index, is shown apart);
// - time range: from a change of the From select until every view has re-rendered and the page
//   is laid out (React handles the change synchronously), and until the next frame after it.
// Prints a Markdown section for docs/BENCHMARKS.md, with the load average.

const DATA = '.bench/explore-corpus';
const OUT = '.bench/explore-dist';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (xs: number[]) =>
  `${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

/** Types the query and returns the ms from its last input event until its results show. */
async function searchOnce(page: Page, query: string): Promise<number> {
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill('');
  await page.evaluate(`document.getElementById('search-input')?.addEventListener('input', () => {
    window.lastInput = performance.now();
  })`);
  await box.pressSequentially(query, { delay: 20 });
  // A string, not a function: the bundler's helpers (keepNames) do not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const done = () => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      if (status.startsWith('Nothing found')) return true;
      return document.getElementById('search-results') !== null && status === '';
    };
    const finish = () => resolve(performance.now() - window.lastInput);
    if (done()) return finish();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })`);
}

/** Changes the From select and returns ms until laid out and until the next frame. */
function rangeOnce(page: Page, value: string): Promise<{ laidOut: number; frame: number }> {
  return page.evaluate(`(async () => {
    const fieldset = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Time range');
    const select = fieldset?.querySelector('select');
    if (!select) throw new Error('no time range control');
    const start = performance.now();
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    void document.body.offsetHeight;
    const laidOut = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { laidOut, frame: performance.now() - start };
  })()`);
}

const load = loadavg()[0] ?? 0;
writeDataset(DATA, generateCorpus(CORPUS_DEFAULTS, readFileSync('data/countries.json', 'utf8')));
const served = await buildAndServe({ dataDir: DATA, outDir: OUT });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${served.url}/`);
  // Charts load as they near the viewport: wait for the panels as the load bench does, then scroll
  // through once so every chart is drawn and a range change re-renders all of them.
  await page.evaluate(waitForPanels);
  await page.evaluate(drawWholePage);
  await page.locator('.area-charts svg.chart-svg').first().waitFor({ timeout: 180_000 });
  await page.getByRole('group', { name: 'Time range', exact: true }).waitFor();
  const first = await searchOnce(page, 'critics questioned');
  const queries = [
    'trade between russia',
    'khorgos',
    'people injured',
    'railway',
    'tariff goods',
    'talks held',
  ];
  const search: number[] = [];
  for (const q of [...queries, ...queries]) search.push(await searchOnce(page, q));
  await page.getByRole('combobox', { name: /search/i }).fill('');
  await page.keyboard.press('Escape');
  const laidOut: number[] = [];
  const frame: number[] = [];
  for (const v of ['2016', '2018', '2020', '', '2017', '2022', '2015', '', '2019', '2021', '']) {
    const r = await rangeOnce(page, v);
    laidOut.push(r.laidOut);
    frame.push(r.frame);
  }
  const loadEnd = loadavg()[0] ?? 0;
  console.log(
    [
      '## Explore: search and time range on the corpus',
      '',
      `\`npm run bench:explore\`, ${new Date().toISOString().slice(0, 10)}: the generated corpus (${CORPUS_DEFAULTS.articles} articles), production build, Chromium at 1440×900. Load average ${load.toFixed(1)} at the start and ${loadEnd.toFixed(1)} at the end, on 2 cores${load > 2 ? ' shared with other work: absolute times are inflated' : ''}.`,
      '',
      '| measure | median (min, max) | runs |',
      '| --- | --- | --- |',
      `| first search: last keystroke → results (fetches and loads the index) | ${first.toFixed(0)} ms | 1 |`,
      `| search: last keystroke → results on the page | ${fmt(search)} | ${search.length} |`,
      `| time range change → every view re-rendered and laid out | ${fmt(laidOut)} | ${laidOut.length} |`,
      `| time range change → next frame | ${fmt(frame)} | ${frame.length} |`,
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  await served.close();
}
