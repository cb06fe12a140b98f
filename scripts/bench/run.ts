import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { markdownTable, replaceSection, textTable } from '../lib/budgetsReport';
import { buildAndServe } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { benchBuild, type SizeResult, THROTTLE } from './benchSize';
import { buildAtCommit } from './otherBuild';
import { checkTargets, filterTable, loadTable, type Table } from './report';
import { dataFor } from './sizes';

// npm run bench: for each data size (the seed data/ and synthetic 2k, 10k and 100k projects,
// generated into .bench/ when missing), builds the app on that data twice, this checkout and
// today's build (the commit given by --against, built in a worktree of its own), serves both,
// drives Chromium through load, filter clicks on both clocks (the DOM-settle clock and Event
// Timing's click → next paint), unthrottled and at 4× CPU throttling, and pan and zoom; prints the
// tables and records them under "Scale" in docs/BENCHMARKS.md. A run whose figures are not real
// (not positive, fewer clicks timed than made) fails that size.
//   tsx scripts/bench/run.ts [--sizes seed,2k,10k,100k] [--clicks seed=20,2k=16,10k=16,100k=6]
//     [--against 5cc3017] [--no-today] [--limit 20] [--no-record]
// --clicks is one number for every size, or size=count pairs (sizes not named get 16).
// --limit is the minutes one size may take before it is reported as not measured.

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'seed,2k,10k,100k' },
    clicks: { type: 'string', default: 'seed=20,2k=16,10k=16,100k=6' },
    against: { type: 'string', default: '5cc3017' },
    'no-today': { type: 'boolean', default: false },
    limit: { type: 'string', default: '20' },
    'no-record': { type: 'boolean', default: false },
    doc: { type: 'string', default: 'docs/BENCHMARKS.md' },
    json: { type: 'string', default: '.bench/results.json' },
  },
});

/** Clicks for a size: one number for all, or size=count pairs; unnamed sizes get 16. */
const clicksFor = (label: string): number => {
  const spec = values.clicks;
  if (/^\d+$/.test(spec)) return Math.max(2, Number(spec));
  const pair = spec.split(',').find((p) => p.trim().startsWith(`${label}=`));
  return Math.max(2, Number(pair?.split('=')[1]) || 16);
};

const started = Date.now();
const loadAtStart = loadavg();
const labels = values.sizes.split(',').map((s) => s.trim());
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const browserVersion = browser.version();
/** A size that takes longer than this is reported as not measured, and the run goes on. */
const SIZE_LIMIT_MINUTES = Number(values.limit) || 20;
const results: SizeResult[] = [];
const failed: string[] = [];
try {
  for (const label of labels) {
    const { dir, projects } = dataFor(label);
    const built = await buildAndServe({ dataDir: dir, outDir: '.bench/dist' });
    const today = values['no-today']
      ? null
      : await buildAndServe({
          outDir: buildAtCommit(values.against, dir, '.bench/dist-today'),
          build: false,
        });
    console.log(`${label} (${projects} projects): new at ${built.url}, today at ${today?.url ?? '—'}`);
    try {
      const clicks = clicksFor(label);
      const limit = SIZE_LIMIT_MINUTES * 60_000;
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`gave up after ${SIZE_LIMIT_MINUTES} minutes`)), limit).unref(),
      );
      const measure = async (): Promise<SizeResult> => {
        console.log('  new:');
        const mine = await benchBuild(browser, `${built.url}/`, clicks, console.log);
        if (!today) return { label, projects, clicks, built: mine, today: null };
        console.log(`  today (${values.against}):`);
        return {
          label,
          projects,
          clicks,
          built: mine,
          today: await benchBuild(browser, `${today.url}/`, clicks, console.log),
        };
      };
      results.push(await Promise.race([measure(), timeout]));
    } catch (error) {
      // One size failing (a timeout at 100k, say) is a result too: say so and go on.
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      failed.push(`${label}: ${message}`);
      console.log(`  FAILED ${label}: ${message}`);
    } finally {
      await built.close();
      await today?.close();
    }
    // Recorded after every size, so a run stopped part-way still leaves its figures.
    report(false);
  }
} finally {
  await browser.close();
}
report(true);

function report(final: boolean): void {
  const minutes = (Date.now() - started) / 60_000;
  const checks = checkTargets(results);
  const show = (t: Table) => textTable(t.header, t.rows, t.align);
  if (final) {
    console.log(`\n${show(loadTable(results))}\n\n${show(filterTable(results))}\n`);
    for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'MISS'} ${c.target}: ${c.measured}`);
    for (const f of failed) console.log(`FAILED ${f}`);
  }
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));

  if (!values['no-record']) {
    const md = (t: Table) => markdownTable(t.header, t.rows, t.align);
    const mem = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
    const body = [
      `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in ${minutes.toFixed(1)} minutes${final ? '' : ' (run still in progress)'}: production builds served by \`vite preview\`, headless Chromium (${browserVersion}) through playwright-core, viewport 1440×900.`,
      `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${mem} memory; load average ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) when the run started and ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ', ',
        )} when it ended (the cores were shared with other work: compare rows of one run, not runs).`,
      `Synthetic sizes have 10,000 figures and 500 places. Filter clicks press a country toggle, then release it, cycling through Central Asian and neighbouring countries; clicks per series: ${results.map((r) => `${r.label} ${r.clicks}`).join(', ')}. "4×" is CPU throttling through CDP (Emulation.setCPUThrottlingRate ${THROTTLE}).`,
      '',
      '- **load to interactive**: navigation start to every panel drawn (data parsed, map canvas, charts, articles).',
      "- **parse + validate**: the app's `crossroads:parse+validate` measure: JSON parse, schema and cross-file checks, summed over files.",
      `- **new / today**: this checkout's build and today's build (commit ${values.against}, built from a worktree of its own on the same data), measured in the same run, one after the other in fresh pages of one browser.`,
      '- **click → next paint**: trusted clicks timed by the Event Timing API (what INP reports: input delay, handlers and the next paint); entries under 16 ms are not reported, so such quantiles read "< 16 ms".',
      '- **DOM settle**: an untrusted `click()` on a toggle, timed in the page until every view has re-rendered and layout is forced; it stops before the paint, so it misses the raster.',
      '- **pan/zoom**: three mouse drags and six wheel zooms on the map: the longest task (Long Tasks API, > 50 ms) and the longest gap between animation frames.',
      '',
      md(loadTable(results)),
      '',
      md(filterTable(results)),
      '',
      'Targets:',
      '',
      ...checks.map((c) => `- ${c.ok ? 'met' : '**missed**'}: ${c.target}: ${c.measured}`),
      ...failed.map((f) => `- **not measured**: ${f}`),
    ].join('\n');
    const doc = existsSync(values.doc) ? readFileSync(values.doc, 'utf8') : '# Benchmarks\n';
    writeFileSync(values.doc, replaceSection(doc, 'Scale', body));
    if (final) console.log(`bench: recorded in ${values.doc}`);
  }
}
