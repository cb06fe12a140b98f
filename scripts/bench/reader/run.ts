import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
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
  marked: number;
  /** Mentions in the whole article, as the article list counts them ('' when none is selected). */
  counted: string;
}

/** Clicks the Kazakhstan option once and reports the long tasks that followed, once the page is idle. */
async function clickAndMeasure(page: Page): Promise<Click> {
  await page.evaluate(() => {
    (window as unknown as { __tasks: number[] }).__tasks.length = 0;
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
  const marked = await page.locator('.reader-body mark.mention').count();
  const count = page
    .locator('.article-list li', { hasText: 'A very long article' })
    .locator('.mention-count');
  const counted = (await count.count()) > 0 ? ((await count.textContent()) ?? '').replace(/^ · /, '') : '';
  return {
    counted,
    freeze: Math.round(Math.max(0, ...tasks)),
    blocking: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
    marked,
  };
}

async function main(): Promise<void> {
  const bytes = writeData();
  console.log(
    `reader bench: ${dataDir} with a ${(bytes / 1e6).toFixed(1)} MB article; load ${loadavg()[0]?.toFixed(2)}`,
  );
  const served = await buildAndServe({ dataDir, outDir: 'dist-bench/reader' });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const on: Click[] = [];
  const off: Click[] = [];
  let opened = 0;
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    // A bench-side observer (the product carries no hooks): every long task's duration.
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __tasks: number[] }).__tasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const started = performance.now();
    await page.goto(`${served.url}/?article=${BIG_ARTICLE_ID}`);
    await page.locator('.reader-body p').first().waitFor({ timeout: 120_000 });
    opened = Math.round(performance.now() - started);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: /^Filter by country/ }).click();
    await page.locator('.country-option[data-code="KAZ"]').waitFor();
    for (let i = 0; i < clicks; i++) {
      on.push(await clickAndMeasure(page));
      off.push(await clickAndMeasure(page));
      console.log(`click ${i + 1}: on ${JSON.stringify(on.at(-1))} off ${JSON.stringify(off.at(-1))}`);
    }
  } finally {
    await browser.close();
    await served.close();
  }

  const ms = (values: number[]) => `${Math.round(median(values))} ms`;
  const rows = [
    [
      'Kazakhstan on',
      ms(on.map((c) => c.freeze)),
      ms(on.map((c) => c.blocking)),
      `${Math.round(median(on.map((c) => c.marked)))}`,
    ],
    [
      'Kazakhstan off',
      ms(off.map((c) => c.freeze)),
      ms(off.map((c) => c.blocking)),
      `${Math.round(median(off.map((c) => c.marked)))}`,
    ],
  ];
  const counted = on[0]?.counted ?? '';
  const table = markdownTable(
    ['click', 'longest task (median)', 'blocking time (median)', 'mentions marked on the page'],
    rows,
    ['left', 'right', 'right', 'right'],
  );
  console.log(table);
  if (values['no-record']) return;
  const body = [
    `Command: \`npm run bench:reader -- --mb ${megabytes} --clicks ${clicks}\`. The seed data plus one generated`,
    `article of ${(bytes / 1e6).toFixed(1)} MB in which Kazakhstan's names occur about once every 88 characters;`,
    `Chromium at 1× CPU, 1440×900, the article open; Kazakhstan toggled ${clicks} times on and off in the`,
    `country filter. "Longest task" is the freeze a click causes (the page answers no input while it`,
    `runs); 0 means no task passed 50 ms. With Kazakhstan on, the article list counts ${counted} in`,
    `the article; the reader marks those near the screen and the rest as they scroll near.`,
    `Page load to first paragraph: ${opened} ms.`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()[0]?.toFixed(2)} at the end.`,
    '',
    table,
  ].join('\n');
  const doc = existsSync(values.doc) ? readFileSync(values.doc, 'utf8') : '';
  writeFileSync(values.doc, replaceSection(doc, 'Reader: marking mentions in a 10 MB article', body));
  console.log(`recorded in ${values.doc}`);
}

await main();
