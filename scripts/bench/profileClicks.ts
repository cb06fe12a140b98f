import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveBuild } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import {
  measureLoad,
  openBenchPage,
  openFilter,
  panAndZoom,
  setThrottle,
  trustedClicks,
} from './measurePage';
import { mainThreadTimes, type Profile, printFunctionTimes, type TraceEvent } from './profileSummary';
import { quantile } from './stats';

// Where a filter click's time goes: serves a build already made (say, `DATA_DIR=.bench/data-10k
// npx vite build --outDir .bench/dist-prof`), loads it as the bench does, then makes trusted clicks
// on the country toggles under a CDP CPU profile and a timeline trace. Prints the click → next
// paint durations, the main thread's top-level trace events by total time (scripting, layout,
// paint, canvas raster) and the functions with the most self time; writes the profile for
// DevTools.
//   tsx scripts/bench/profileClicks.ts --dist .bench/dist-prof [--clicks 8] [--throttle 1]
//     [--out .bench/clicks.cpuprofile] [--focus regex] [--settle ms]
// --focus names functions whose inclusive time to print; --settle waits after each click so the
// move it starts ends (and the map draws at its end) before the next; --pan profiles the bench's
// drags and wheel zooms on the map instead of clicks.

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: '.bench/dist-prof' },
    clicks: { type: 'string', default: '8' },
    throttle: { type: 'string', default: '1' },
    out: { type: 'string', default: '.bench/clicks.cpuprofile' },
    top: { type: 'string', default: '25' },
    focus: { type: 'string', default: '^$' },
    settle: { type: 'string', default: '0' },
    pan: { type: 'boolean', default: false },
  },
});

const clicks = Number(values.clicks);
const top = Number(values.top);
const served = await serveBuild(values.dist);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const bench = await openBenchPage(browser);
  const load = await measureLoad(bench, `${served.url}/`);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}; interactive ${load.interactiveMs.toFixed(0)} ms`,
  );
  await openFilter(bench);
  await trustedClicks(bench, 2);
  await setThrottle(bench, Number(values.throttle));
  await bench.cdp.send('Profiler.enable');
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(bench.page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await bench.cdp.send('Profiler.start');
  const durations = values.pan ? [] : await trustedClicks(bench, clicks, Number(values.settle));
  if (values.pan) console.log('pan and zoom:', await panAndZoom(bench));
  const { profile } = (await bench.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await setThrottle(bench, 1);
  writeFileSync(values.out, JSON.stringify(profile));
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `click → next paint (${durations.length} of ${clicks} reported over 16 ms): ${durations.map((d) => d.toFixed(0)).join(', ')}; median ${ms(quantile(durations, 0.5))}`,
  );
  console.log(`\nmain thread, top-level and nested trace events summed over ${clicks} clicks:`);
  for (const [name, total] of mainThreadTimes(trace.traceEvents).slice(0, 30))
    console.log(`  ${ms(total).padStart(10)}  ${name}`);
  printFunctionTimes(profile, top, values.focus, ` over ${clicks} clicks (profile in ${values.out})`);
  await bench.close();
} finally {
  await browser.close();
  await served.close();
}
