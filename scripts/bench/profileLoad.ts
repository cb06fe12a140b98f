import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveBuild } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { openBenchPage } from './measurePage';
import { waitForPanels } from './pageScripts';
import {
  longTasks,
  mainThreadTimes,
  printFunctionTimes,
  selfTimes,
  type TimedProfile,
  type TimedTraceEvent,
} from './profileSummary';

// Where the load's time goes: serves one build (say, `npx vite build --minify false --outDir
// .bench/dist-prof`) with a data folder answered at request time, loads it under a CDP CPU profile
// and a timeline trace until every panel is drawn, and prints the app's marks, the main thread's
// trace events by total time and the functions with the most self time.
//   tsx scripts/bench/profileLoad.ts --dist .bench/dist-prof [--data .bench/corpus] [--top 30]
//     [--focus regex]   (inclusive time of the functions it names)
// Without --data the build's own copy of its data folder is served, as the benchmarks do.

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: '.bench/dist-prof' },
    data: { type: 'string' },
    top: { type: 'string', default: '30' },
    focus: { type: 'string', default: '^$' },
    /** More trace categories, comma-separated (say, loading,blink), for tasks that run no script. */
    categories: { type: 'string', default: '' },
    /** Where to write the trace, for DevTools or a closer look. */
    'trace-out': { type: 'string' },
  },
});

const marks = `performance.getEntries().filter((e) => e.name.startsWith('crossroads:') || e.entryType === 'navigation' || e.entryType === 'resource').map((e) => [e.name.split('/').pop(), e.entryType, Math.round(e.startTime), Math.round(e.duration), Math.round(e.responseEnd ?? 0)])`;

const served = await serveBuild(values.dist, values.data);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const bench = await openBenchPage(browser);
  await bench.cdp.send('Profiler.enable');
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(bench.page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      ...values.categories.split(',').filter(Boolean),
    ],
  });
  await bench.cdp.send('Profiler.start');
  await bench.page.goto(`${served.url}/`);
  const drawn = (await bench.page.evaluate(waitForPanels)) as number;
  const { profile } = (await bench.cdp.send('Profiler.stop')) as unknown as { profile: TimedProfile };
  const traceText = (await browser.stopTracing()).toString();
  if (values['trace-out'] !== undefined) writeFileSync(values['trace-out'], traceText);
  const trace = JSON.parse(traceText) as { traceEvents: TimedTraceEvent[] };
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}; panels drawn at ${drawn.toFixed(0)} ms`,
  );
  for (const row of (await bench.page.evaluate(marks)) as unknown[][]) console.log(' ', row.join('  '));
  const top = Number(values.top);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log('\nmain thread trace events, summed:');
  for (const [name, total] of mainThreadTimes(trace.traceEvents).slice(0, 20))
    console.log(`  ${ms(total).padStart(10)}  ${name}`);
  const ready = (await bench.page.evaluate(
    `performance.getEntriesByName('crossroads:data-ready')[0]?.startTime ?? 0`,
  )) as number;
  const after = longTasks(trace.traceEvents, profile, 0).filter((t) => t.start >= ready && t.start < drawn);
  const busy = after.reduce((sum, t) => sum + t.ms, 0);
  console.log(
    `\nfrom data ready (${ready.toFixed(0)} ms) to drawn: ${ms(drawn - ready)}, the main thread busy ${ms(busy)} of it in ${after.length} tasks`,
  );
  console.log(
    '\nmain thread tasks of 30 ms or more (start after the first request, length, top self times):',
  );
  for (const t of longTasks(trace.traceEvents, profile, 30))
    console.log(`  ${t.start.toFixed(0).padStart(6)} ${ms(t.ms).padStart(10)}  ${t.top}`);
  const byFile = new Map<string, number>();
  for (const [name, total] of selfTimes(profile)) {
    const file = /\s(\S*?):\d+:\d+$/.exec(name)?.[1] || name.split(' ')[0] || '';
    byFile.set(file, (byFile.get(file) ?? 0) + total);
  }
  console.log('\nself time by script file:');
  for (const [file, total] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms(total).padStart(10)}  ${file}`);
  printFunctionTimes(profile, top, values.focus, '');
  await bench.close();
} finally {
  await browser.close();
  await served.close();
}
