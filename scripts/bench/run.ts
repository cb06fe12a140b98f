import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { markdownTable, replaceSection, textTable } from '../lib/budgetsReport';
import { buildAndServe } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { benchBuildPlugin } from './app/benchBuildPlugin';
import { benchSize, type SizeResult, THROTTLE } from './benchSize';
import { checkTargets, filterTable, loadTable, type Table } from './report';
import { dataFor } from './sizes';

// npm run bench: for each data size (the seed data/ and synthetic 1k, 10k and 100k projects,
// generated into .bench/ when missing), makes the bench build of the app on that data (the
// product with its map layer swappable for the setStyle baseline: scripts/bench/app), serves it,
// drives Chromium through load, filter clicks (ours and the baseline, unthrottled and at 4× CPU
// throttling), and pan and zoom; prints the tables and records them under "Scale" in
// docs/BENCHMARKS.md.
//   tsx scripts/bench/run.ts [--sizes seed,1k,10k,100k] [--clicks seed=30,1k=4,10k=2,100k=2]
//     [--baseline-clicks 100k=6] [--limit 20] [--no-record]
// --clicks is one number for every size, or size=count pairs (sizes not named get 30);
// --baseline-clicks likewise for the baseline (sizes not named get --clicks).
// --limit is the minutes one size may take before it is reported as not measured.

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'seed,1k,10k,100k' },
    clicks: { type: 'string', default: 'seed=30,1k=30,10k=30,100k=12' },
    'baseline-clicks': { type: 'string', default: '100k=4' },
    limit: { type: 'string', default: '20' },
    'no-record': { type: 'boolean', default: false },
    doc: { type: 'string', default: 'docs/BENCHMARKS.md' },
    json: { type: 'string', default: '.bench/results.json' },
  },
});

/** Clicks for a size from a spec: one number for all, or size=count pairs; unnamed sizes get `fallback`. */
const clicksIn = (spec: string, label: string, fallback: number): number => {
  if (/^\d+$/.test(spec)) return Math.max(2, Number(spec));
  const pair = spec.split(',').find((p) => p.trim().startsWith(`${label}=`));
  return Math.max(2, Number(pair?.split('=')[1]) || fallback);
};
const clicksFor = (label: string) => clicksIn(values.clicks, label, 30);
const baselineClicksFor = (label: string) => clicksIn(values['baseline-clicks'], label, clicksFor(label));

const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
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
    const served = await buildAndServe({
      dataDir: dir,
      outDir: '.bench/dist',
      plugins: [benchBuildPlugin()],
    });
    console.log(`${label} (${projects} projects) at ${served.url}`);
    try {
      const size = { label, projects, clicks: clicksFor(label), baselineClicks: baselineClicksFor(label) };
      const limit = SIZE_LIMIT_MINUTES * 60_000;
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`gave up after ${SIZE_LIMIT_MINUTES} minutes`)), limit).unref(),
      );
      results.push(await Promise.race([benchSize(browser, `${served.url}/`, size, console.log), timeout]));
    } catch (error) {
      // One size failing (a timeout at 100k, say) is a result too: say so and go on.
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      failed.push(`${label}: ${message}`);
      console.log(`  FAILED ${label}: ${message}`);
    } finally {
      await served.close();
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
      `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${mem} memory; load average ${loadAtStart.toFixed(1)} when the run started (the cores were shared with other work).`,
      `Synthetic sizes have 10,000 figures and 500 places. Filter clicks press a country toggle, then release it, cycling through Central Asian and neighbouring countries; clicks per series: ${results.map((r) => `${r.label} ${r.clicks}${r.baselineClicks === r.clicks ? '' : ` (baseline ${r.baselineClicks})`}`).join(', ')}; the baseline takes fewer where each of its clicks takes seconds, so the run ends in sensible time on 2 cores. "4×" is CPU throttling through CDP (Emulation.setCPUThrottlingRate ${THROTTLE}).`,
      '',
      '- **load to interactive**: navigation start to every panel drawn (data parsed, map canvas, charts, articles).',
      "- **parse + validate**: the app's `crossroads:parse+validate` measure: JSON parse, schema and cross-file checks, summed over files.",
      '- **update**: an untrusted `click()` on a toggle, timed in the page until every view has re-rendered and layout is forced.',
      '- **INP-style**: trusted clicks timed by the Event Timing API (what INP reports: input delay, handlers and the next paint); entries under 16 ms are not reported, so such quantiles read "< 16 ms".',
      "- **baseline**: the same clicks on the idiomatic map: react-leaflet GeoJSON layers created once per data set on Leaflet's canvas renderer and restyled with `setStyle` on every change (scripts/bench/app/SetStyleBaseline.tsx, only in the bench build).",
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
