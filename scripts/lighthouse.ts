import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CATEGORIES, checkLighthouse, type LhrLike } from './lib/budgetsLighthouse';
import { markdownTable, replaceSection, textTable } from './lib/budgetsReport';
import { buildAndServe } from './lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium';

// npm run lighthouse: builds the app (on $DATA_DIR or data/), serves the build on a free loopback
// port, audits it with Lighthouse's default mobile settings and checks the targets. Records the
// result under "Lighthouse" in docs/BENCHMARKS.md; exits 1 listing every target missed.
//   tsx scripts/lighthouse.ts [--runs N] [--no-record] [--out-dir dist] [--no-build] [--json report.json]

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    'no-record': { type: 'boolean', default: false },
    /** Audit the build already in --out-dir (say, an older commit's) instead of building. */
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: 'dist' },
    doc: { type: 'string', default: 'docs/BENCHMARKS.md' },
    /** Also save the full Lighthouse result (JSON) of the reported run, for a closer look. */
    json: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
// Simulated throttling scales the CPU time it observes, so a busy machine inflates TBT: say how busy.
const loadAtStart = loadavg()[0] ?? 0;
const server = await buildAndServe({ outDir: values['out-dir'], build: !values['no-build'] });
const url = `${server.url}/`;

const chrome = await launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS, logLevel: 'error' });
type Lhr = LhrLike & {
  lighthouseVersion: string;
  environment: { hostUserAgent: string; benchmarkIndex: number };
  runWarnings: string[];
};
const results: Lhr[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (result === undefined) throw new Error('Lighthouse returned no result');
    results.push(result.lhr as unknown as Lhr);
  }
} finally {
  chrome.kill();
  await server.close();
}

/** Each run's performance score, TBT and LCP, to show how much the runs spread. */
function describeRuns(all: readonly Lhr[]): string {
  const metric = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const list = (pick: (lhr: Lhr) => string) => all.map(pick).join(', ');
  return [
    `performance ${list((l) => String(Math.round((l.categories.performance?.score ?? 0) * 100)))}`,
    `TBT ${list((l) => `${Math.round(metric(l, 'total-blocking-time'))} ms`)}`,
    `LCP ${list((l) => `${(metric(l, 'largest-contentful-paint') / 1000).toFixed(2)} s`)}`,
  ].join('; ');
}

// With several runs, report the one with the median performance score, as Lighthouse advises.
const byPerformance = [...results].sort(
  (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
);
const lhr = byPerformance[Math.floor(byPerformance.length / 2)] as Lhr;
const check = checkLighthouse(lhr);
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(lhr, null, 2));
const header = ['metric', 'measured', 'target', 'result'];
const rows = check.rows.map((r) => [r.metric, r.measured, r.target, r.ok ? 'ok' : 'MISS']);
const align = ['left', 'right', 'left', 'left'] as const;
console.log(textTable(header, rows, align));
if (runs > 1) console.log(`all runs: ${describeRuns(results)}`);
for (const warning of lhr.runWarnings) console.log(`warning: ${warning}`);
for (const failure of check.failures) console.log(`FAIL ${failure}`);

if (!values['no-record']) {
  const chromium = /Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? lhr.environment.hostUserAgent;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`;
  const body = [
    `Measured by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${lhr.lighthouseVersion}, default mobile settings (emulated phone, simulated slow 4G and 4× CPU slowdown), ${chromium} headless, production build served by \`vite preview\` on 127.0.0.1${process.env.DATA_DIR ? ` with DATA_DIR=${process.env.DATA_DIR}` : ' with data/'}; ${runs === 1 ? 'one run' : `median of ${runs} runs by performance score`}.`,
    `Machine: ${machine}, load average ${loadAtStart.toFixed(1)} when the run started; Lighthouse benchmark index ${Math.round(lhr.environment.benchmarkIndex)}.`,
    ...(runs > 1 ? [`All runs: ${describeRuns(results)}.`] : []),
    '',
    markdownTable(header, rows, align),
    '',
    ...(check.failures.length === 0
      ? ['Every target met.']
      : ['Targets missed:', '', ...check.failures.map((f) => `- ${f}`)]),
  ].join('\n');
  const doc = (() => {
    try {
      return readFileSync(values.doc, 'utf8');
    } catch {
      return '# Benchmarks\n';
    }
  })();
  writeFileSync(values.doc, replaceSection(doc, 'Lighthouse', body));
  console.log(`lighthouse: recorded in ${values.doc}`);
}
process.exitCode = check.failures.length === 0 ? 0 : 1;
