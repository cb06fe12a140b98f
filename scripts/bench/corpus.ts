import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { markdownTable, replaceSection, textTable } from '../lib/budgetsReport';
import { buildAndServe, type Served } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { measureLoad, openBenchPage, openFilter, timedClicks, trustedClicks } from './measurePage';
import { eventQuantiles, quantile } from './stats';

// npm run bench:corpus: the seed (data/), the corpus (npm run corpus, generated into .bench/ when
// missing) and the corpus with every article body doubled, each built and served, then measured
// in the same run, interleaved: load to charts drawn, the bytes of the first load and whether any
// article body came with it, and country clicks (untrusted, timed to every view laid out; trusted,
// timed by Event Timing to the next paint). Prints the tables with the load average and records
// them under "Corpus" in docs/BENCHMARKS.md.
//   tsx scripts/bench/corpus.ts [--runs 5] [--clicks 20] [--corpus .bench/corpus] [--no-record]
//     [--reuse-builds]

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    clicks: { type: 'string', default: '20' },
    corpus: { type: 'string', default: '.bench/corpus' },
    'no-record': { type: 'boolean', default: false },
    /** Serve the builds a previous run left in .bench/ instead of building again. */
    'reuse-builds': { type: 'boolean', default: false },
    doc: { type: 'string', default: 'docs/BENCHMARKS.md' },
  },
});
const RUNS = Math.max(1, Number(values.runs) || 5);
const CLICKS = Math.max(2, Number(values.clicks) || 20);
const EVENT_THRESHOLD = 16;

/** The corpus folder, generated when missing, and a copy with every article body written twice. */
function folders(): { label: string; dir: string }[] {
  const corpus = resolve(values.corpus);
  if (!existsSync(join(corpus, 'articles'))) {
    const tsx = resolve('node_modules/tsx/dist/cli.mjs');
    execFileSync(process.execPath, [tsx, 'scripts/corpus/generate.ts', '--out', corpus], {
      stdio: 'inherit',
    });
  }
  const doubled = `${corpus}-doubled`;
  rmSync(doubled, { recursive: true, force: true });
  cpSync(corpus, doubled, { recursive: true });
  for (const name of readdirSync(join(doubled, 'articles'))) {
    const path = join(doubled, 'articles', name);
    const text = readFileSync(path, 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    // The body again after itself: every quote is still found, the text is twice as long.
    writeFileSync(path, `${text.slice(0, end)}${text.slice(end).trimEnd()}\n\n${text.slice(end).trim()}\n`);
  }
  return [
    { label: 'seed', dir: resolve('data') },
    { label: 'corpus', dir: corpus },
    { label: 'corpus, bodies ×2', dir: doubled },
  ];
}

/** Bytes of the page and every resource fetched so far (bodies as sent), and whether any was a body chunk. */
const transferred = `(() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return {
    bytes: entries.reduce((n, e) => n + (e.encodedBodySize || 0), 0),
    dataBytes: entries.filter((e) => e.name.includes('/data/')).reduce((n, e) => n + (e.encodedBodySize || 0), 0),
    bodies: entries.filter((e) => e.name.includes('/data/article-bodies/')).length,
  };
})()`;

/** What `transferred` reads from the page. */
interface Transferred {
  bytes: number;
  dataBytes: number;
  bodies: number;
}

interface Load extends Transferred {
  ms: number;
  /** Load → the map and the articles drawn: the first screen at 1440×900. */
  firstScreenMs: number;
}

interface Result {
  label: string;
  articles: number;
  loads: Load[];
  update: number[];
  /** The same clicks with the charts scrolled into view, so that every chart redraws with the click. */
  updateInView: number[];
  paint: number[];
  /** Body chunks fetched by opening one article. */
  bodiesOnOpen: number;
}

/** How long one load may take before it is given up and made again. */
const LOAD_TIMEOUT_MS = 180_000;

async function oneLoad(browser: Browser, url: string): Promise<Load> {
  const bench = await openBenchPage(browser);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Now and then a page stopped rendering frames before its panels were drawn and the run waited
  // forever: such a load is closed and made again, and the retry is logged.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no load within ${LOAD_TIMEOUT_MS / 1000} s`)),
      LOAD_TIMEOUT_MS,
    );
  });
  try {
    const measured = (async () => {
      const { interactiveMs, firstScreenMs } = await measureLoad(bench, url);
      const sizes = (await bench.page.evaluate(transferred)) as Transferred;
      return { ms: interactiveMs, firstScreenMs, ...sizes };
    })();
    return await Promise.race([measured, timeout]);
  } finally {
    clearTimeout(timer);
    await bench.close();
  }
}

async function loadWithRetry(browser: Browser, url: string, label: string): Promise<Load> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await oneLoad(browser, url);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`  ${label}: ${error instanceof Error ? error.message : String(error)}; loading again`);
    }
  }
}

async function openOneArticle(page: Page): Promise<number> {
  // The country filter is open from the clicks: close it, so it does not cover the list.
  await page.keyboard.press('Escape');
  const before = ((await page.evaluate(transferred)) as Transferred).bodies;
  await page.locator('.area-reader .article-link').first().click();
  await page.locator('.area-reader .reader-body p').first().waitFor();
  await page.waitForLoadState('networkidle');
  return ((await page.evaluate(transferred)) as Transferred).bodies - before;
}

/** Scrolls the charts to the top of the window and waits for two frames. */
const chartsInView = `(async () => {
  document.querySelector('.area-charts')?.scrollIntoView({ block: 'start' });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
})()`;

const median = (xs: readonly number[]) => quantile(xs, 0.5);
/** Numbers to the right, the named columns of words to the left. */
const alignments = (header: readonly string[], words: readonly string[]): ('left' | 'right')[] =>
  header.map((h) => (words.includes(h) ? 'left' : 'right'));
const ms = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(0));
const kb = (x: number) => (x / 1024).toFixed(0);

const loadAtStart = loadavg()[0] ?? 0;
const sets = folders();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const served: (Served & { label: string; articles: number })[] = [];
try {
  for (const { label, dir } of sets) {
    // Built one after another (one build at a time), then all served together for interleaving.
    const out = `.bench/dist-corpus-${served.length}`;
    const s = await buildAndServe({ dataDir: dir, outDir: out, build: !values['reuse-builds'] });
    const articles = readdirSync(join(dir, 'articles')).filter((n) => n.endsWith('.md')).length;
    served.push({ ...s, label, articles });
    console.log(`${label}: ${articles} articles at ${s.url}`);
  }
  const results: Result[] = served.map((s) => ({
    label: s.label,
    articles: s.articles,
    loads: [],
    update: [],
    updateInView: [],
    paint: [],
    bodiesOnOpen: 0,
  }));
  // Loads interleaved, so a busier moment of the machine falls on every data set alike.
  for (let run = 0; run < RUNS; run++)
    for (const [i, s] of served.entries()) {
      const load = await loadWithRetry(browser, `${s.url}/`, s.label);
      results[i]?.loads.push(load);
      console.log(
        `  ${s.label} load ${run + 1}: ${ms(load.ms)} ms (first screen ${ms(load.firstScreenMs)} ms), ${kb(load.bytes)} KB, bodies ${load.bodies}`,
      );
    }
  // Clicks one data set at a time, one page open: with all three pages open at once (tried),
  // the corpus clicks on this 2-core machine came out two to three times slower than alone.
  for (const [i, s] of served.entries()) {
    const result = results[i] as Result;
    const bench = await openBenchPage(browser);
    try {
      await measureLoad(bench, `${s.url}/`);
      await openFilter(bench);
      result.update = await timedClicks(bench, CLICKS);
      result.paint = await trustedClicks(bench, CLICKS);
      // Charts far from the view keep their drawing until they come near (src/charts/LazyChart.tsx):
      // the clicks above, made at the top of the page, leave them be. With the charts in view
      // every chart there redraws with the click.
      await bench.page.evaluate(chartsInView);
      result.updateInView = await timedClicks(bench, CLICKS);
      await bench.page.evaluate('scrollTo(0, 0)');
      result.bodiesOnOpen = await openOneArticle(bench.page);
    } finally {
      await bench.close();
    }
    console.log(`  ${s.label} clicks: median ${ms(median(result.update))} ms`);
  }
  report(results);
} finally {
  for (const s of served) await s.close();
  await browser.close();
}

function report(results: readonly Result[]): void {
  const loadAtEnd = loadavg()[0] ?? 0;
  const seed = results[0] as Result;
  const seedLoad = median(seed.loads.map((l) => l.ms));
  const seedFirstScreen = median(seed.loads.map((l) => l.firstScreenMs));
  const seedClick = median(seed.update);
  const seedInView = median(seed.updateInView);
  const loadRows = results.map((r) => {
    const load = median(r.loads.map((l) => l.ms));
    // Each round loads every data set once, one after another: a ratio within a round leaves out
    // most of the machine's drift across the run (the seed's own loads moved by 400 ms in one).
    const paired = median(r.loads.map((l, i) => l.ms / (seed.loads[i]?.ms ?? Number.NaN)));
    const firstScreen = median(r.loads.map((l) => l.firstScreenMs));
    return [
      r.label,
      String(r.articles),
      ms(load),
      `${(load / seedLoad).toFixed(2)}×`,
      `${paired.toFixed(2)}×`,
      ms(firstScreen),
      `${(firstScreen / seedFirstScreen).toFixed(2)}×`,
      kb(median(r.loads.map((l) => l.bytes))),
      kb(median(r.loads.map((l) => l.dataBytes))),
      r.loads.some((l) => l.bodies > 0) ? 'yes' : 'no',
      String(r.bodiesOnOpen),
    ];
  });
  const loadHeader = [
    'data',
    'articles',
    'load → charts drawn, median ms',
    'vs seed',
    'vs seed in the same round, median',
    'load → map and articles drawn, median ms',
    'vs seed',
    'first load KB',
    'of it data KB',
    'bodies in first load',
    'chunks fetched opening an article',
  ];
  const clickRows = results.map((r) => {
    const paint = eventQuantiles(r.paint, CLICKS, EVENT_THRESHOLD);
    const below = `<${EVENT_THRESHOLD}`;
    return [
      r.label,
      ms(median(r.update)),
      `${(median(r.update) / seedClick).toFixed(2)}×`,
      ms(quantile(r.update, 0.95)),
      ms(median(r.updateInView)),
      `${(median(r.updateInView) / seedInView).toFixed(2)}×`,
      paint.p50 === null ? below : ms(paint.p50),
      paint.p95 === null ? below : ms(paint.p95),
    ];
  });
  const clickHeader = [
    'data',
    'click → laid out, median ms',
    'vs seed',
    'p95 ms',
    'charts in view: click → laid out, median ms',
    'vs seed',
    'click → next paint (Event Timing), median ms',
    'p95 ms',
  ];
  const machine = `${cpus().length} cores, load average ${loadAtStart.toFixed(2)} at start and ${loadAtEnd.toFixed(2)} at end`;
  const runs = `${RUNS} loads per data set, interleaved; ${CLICKS} country clicks each way (untrusted, timed in the page, at the top of the page and again with the charts scrolled into view; trusted, by Event Timing)`;
  console.log(`\n${machine}; ${runs}\n`);
  console.log(textTable(loadHeader, loadRows));
  console.log('');
  console.log(textTable(clickHeader, clickRows));
  if (values['no-record']) return;
  const body = [
    `Recorded by \`npm run bench:corpus\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. ${runs}. The corpus is \`npm run corpus\` (default options); "bodies ×2" is the same corpus with every article's text written twice.`,
    '',
    markdownTable(loadHeader, loadRows, alignments(loadHeader, ['data', 'bodies in first load'])),
    '',
    markdownTable(clickHeader, clickRows, alignments(clickHeader, ['data'])),
  ].join('\n');
  const doc = existsSync(values.doc) ? readFileSync(values.doc, 'utf8') : '';
  writeFileSync(values.doc, replaceSection(doc, 'Corpus', body));
  console.log(`\nrecorded under "Corpus" in ${values.doc}`);
}
