import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { markdownTable, replaceSection } from '../../lib/budgetsReport';
import { buildAndServe } from '../../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../../lib/chromium';
import { quantile } from '../stats';
import { BIG_ARTICLE_ID, bigArticleFile } from './bigArticle';

// npm run bench:reader [-- --mb 10 --clicks 5 --no-record]: the seed data plus one generated
// article of --mb megabytes (scripts/bench/reader/bigArticle.ts), built and served; Chromium at
// 1× CPU opens the article at 1440×900 and toggles Kazakhstan in the country filter --clicks
// times on and off. For each click it records the longest main-thread task (the freeze: the
// page cannot answer input while it runs), from a PerformanceObserver of long tasks, and the
// mentions marked on the page. Medians go under "Reader" in docs/BENCHMARKS.md.

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '10' },
    clicks: { type: 'string', default: '5' },
    'no-record': { type: 'boolean', default: false },
    doc: { type: 'string', default: 'docs/BENCHMARKS.md' },
  },
});
const median = (samples: readonly number[]): number => quantile(samples, 0.5);
const megabytes = Number(values.mb);
const clicks = Math.max(1, Number(values.clicks));
const dataDir = `.bench/reader-${megabytes}mb`;

function writeData(): number {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  cpSync('data', dataDir, { recursive: true });
  const text = bigArticleFile(megabytes * 1_000_000);
  writeFileSync(join(dataDir, 'articles', `${BIG_ARTICLE_ID}.md`), text);
  return text.length;
}

interface Click {
  /** The longest task, ms; 0 when none passed 50 ms (the long-task threshold). */
  freeze: number;
  /** Sum of every long task's time over 50 ms: what a reader would feel as lag. */
  blocking: number;
  /** From the click to the next paint (Event Timing: input delay, handlers, rendering), ms. */
  toPaint: number;
  marked: number;
  /** Mentions in the whole article, as the article list counts them ('' when none is selected). */
  counted: string;
}

/** Clicks the Kazakhstan option once and reports the long tasks that followed, once the page is idle. */
async function clickAndMeasure(page: Page): Promise<Click> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __clicks: number[] };
    w.__tasks.length = 0;
    w.__clicks.length = 0;
  });
  await page.locator('.country-option[data-code="KAZ"]').click();
  // Idle: two animation frames and then a second with no long task.
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 1500))),
      ),
  );
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks.slice());
  const toPaint = await page.evaluate(() => (window as unknown as { __clicks: number[] }).__clicks.slice());
  const marked = await page.locator('.reader-body mark.mention').count();
  const count = page
    .locator('.article-list li', { hasText: 'A very long article' })
    .locator('.mention-count');
  const counted = (await count.count()) > 0 ? ((await count.textContent()) ?? '').replace(/^ · /, '') : '';
  return {
    counted,
    freeze: Math.round(Math.max(0, ...tasks)),
    blocking: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
    toPaint: Math.round(Math.max(0, ...toPaint)),
    marked,
  };
}

/** A short seed article, measured in the same run: what a filter click costs anyway. */
const SHORT_ARTICLE = 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties';

interface Series {
  article: string;
  on: Click[];
  off: Click[];
  /** Navigation to the first paragraph on screen, ms. */
  opened: number;
  /** Mentions marked, and the first chunk holding one, after scrolling to the middle. */
  markedAfterScroll?: number;
  scrolledTo?: string | null;
}

/** Opens the app on one article and toggles Kazakhstan `clicks` times on and off. */
async function measureArticle(browser: Browser, url: string, article: string): Promise<Series> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    // Bench-side observers (the product carries no hooks): every long task's duration, and each
    // click's time to the next paint (Event Timing reports events of 16 ms or more).
    await page.addInitScript(() => {
      const tasks: number[] = [];
      const clicks: number[] = [];
      Object.assign(window, { __tasks: tasks, __clicks: clicks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'click') clicks.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    const started = performance.now();
    await page.goto(`${url}/?article=${article}`);
    await page.locator('.reader-body p').first().waitFor({ timeout: 120_000 });
    const opened = Math.round(performance.now() - started);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: /^Filter by country/ }).click();
    await page.locator('.country-option[data-code="KAZ"]').waitFor();
    const series: Series = { article, on: [], off: [], opened };
    for (let i = 0; i < clicks; i++) {
      series.on.push(await clickAndMeasure(page));
      series.off.push(await clickAndMeasure(page));
      console.log(
        `${article} click ${i + 1}: on ${JSON.stringify(series.on.at(-1))} off ${JSON.stringify(series.off.at(-1))}`,
      );
    }
    // The marks follow the scroll: Kazakhstan on, the reader scrolled to the middle of the text.
    await page.locator('.country-option[data-code="KAZ"]').click();
    await page.locator('.reader-body').evaluate((body) => {
      body.scrollTop = body.scrollHeight / 2;
    });
    await page.waitForTimeout(1000);
    series.markedAfterScroll = await page.locator('.reader-body mark.mention').count();
    series.scrolledTo = await page
      .locator('.reader-body [data-chunk]:has(mark.mention)')
      .first()
      .getAttribute('data-chunk');
    return series;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const bytes = writeData();
  const loadBefore = loadavg()[0]?.toFixed(2);
  console.log(`reader bench: ${dataDir} with a ${(bytes / 1e6).toFixed(1)} MB article; load ${loadBefore}`);
  const served = await buildAndServe({ dataDir, outDir: 'dist-bench/reader' });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  let big: Series;
  let short: Series;
  try {
    big = await measureArticle(browser, served.url, BIG_ARTICLE_ID);
    short = await measureArticle(browser, served.url, SHORT_ARTICLE);
  } finally {
    await browser.close();
    await served.close();
  }

  const ms = (values: number[]) => `${Math.round(median(values))} ms`;
  const row = (label: string, list: Click[]) => [
    label,
    ms(list.map((c) => c.toPaint)),
    ms(list.map((c) => c.freeze)),
    ms(list.map((c) => c.blocking)),
    `${Math.round(median(list.map((c) => c.marked)))}`,
  ];
  const rows = [
    row('10 MB article, Kazakhstan on', big.on),
    row('10 MB article, Kazakhstan off', big.off),
    row('short seed article, Kazakhstan on', short.on),
    row('short seed article, Kazakhstan off', short.off),
  ];
  const on = big.on;
  const opened = big.opened;
  const counted = on[0]?.counted ?? '';
  const table = markdownTable(
    ['click', 'click to next paint', 'longest task', 'blocking time', 'mentions marked on the page'],
    rows,
    ['left', 'right', 'right', 'right', 'right'],
  );
  console.log(table);
  if (values['no-record']) return;
  const body = [
    `Command: \`npm run bench:reader -- --mb ${megabytes} --clicks ${clicks}\`. The seed data plus one generated`,
    `article of ${(bytes / 1e6).toFixed(1)} MB in which Kazakhstan's names occur about once every 88 characters;`,
    `Chromium at 1× CPU, 1440×900, the article open; Kazakhstan toggled ${clicks} times on and off in the`,
    `country filter (then the same on a short seed article); medians. "Click to next paint" is the`,
    `Event Timing duration of the click (under 16 ms reads 0). "Longest task" is the freeze a click causes (the page answers no input while it`,
    `runs); 0 means no task passed 50 ms. With Kazakhstan on, the article list counts ${counted} in`,
    `the article; the reader marks those near the screen and the rest as they scroll near (scrolled`,
    `to the middle, ${big.markedAfterScroll} mentions were marked there, from chunk ${big.scrolledTo} of the article's chunks on).`,
    `Page load to first paragraph: ${opened} ms.`,
    `The short seed article, measured in the same run, shows what a filter click costs with any`,
    `article open. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; load average ${loadBefore} at the start and ${loadavg()[0]?.toFixed(2)} at the end`,
    `(other work shared the machine: compare the rows with each other, not with other runs).`,
    '',
    table,
  ].join('\n');
  const doc = existsSync(values.doc) ? readFileSync(values.doc, 'utf8') : '';
  writeFileSync(values.doc, replaceSection(doc, 'Reader: marking mentions in a 10 MB article', body));
  console.log(`recorded in ${values.doc}`);
}

await main();
