import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildAndServe } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';

// tsx scripts/bench/longTasks.ts [--rate 4] [--min 50] [--url http://...]: loads the production
// build on a phone-sized viewport with the CPU slowed down through CDP, records a trace, and lists
// every main-thread task longer than --min ms with what ran in it (trace events and the functions
// with the most self time), so a long task can be attributed rather than guessed at.

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '4' },
    min: { type: 'string', default: '50' },
    url: { type: 'string' },
    trace: { type: 'string' },
    from: { type: 'string' },
    minify: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: 'data' },
  },
});
const rate = Number(values.rate);
const min = Number(values.min) * 1000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

/** Builds unminified (names in the profile are the source's) and serves the build. */
const serve = () =>
  buildAndServe({ dataDir: values['data-dir'], outDir: '/tmp/longtasks-dist', minify: values.minify });

async function record(): Promise<Buffer> {
  const served = values.url ? null : await serve();
  const url = values.url ?? `${served?.url}/`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
      ],
    });
    // Which element is the LCP and what shifted, described in the page (trace events carry only node ids).
    // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
    await page.addInitScript(`
      const seen = (window.__seen = []);
      const describe = (n) => {
        const el = n instanceof Element ? n : n?.parentElement;
        return el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.') + ' "' + (el.textContent ?? '').slice(0, 40) + '"' : '?';
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push('LCP ' + Math.round(e.startTime) + ' ms size ' + e.size + ' ' + describe(e.element));
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          seen.push('SHIFT ' + Math.round(e.startTime) + ' ms ' + e.value.toFixed(4) + ' ' + (e.sources ?? []).map((x) =>
            describe(x.node) + ' ' + Math.round(x.previousRect.y) + '->' + Math.round(x.currentRect.y) + ' h' + Math.round(x.previousRect.height) + '->' + Math.round(x.currentRect.height)).join(' | '));
      }).observe({ type: 'layout-shift', buffered: true });
    `);
    await page.goto(url);
    await page.locator('.leaflet-container path.cr-country-KAZ').waitFor({ timeout: 60_000 });
    await page.locator('.area-charts svg.chart-svg').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    const buffer = await browser.stopTracing();
    for (const line of await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen))
      console.log(line);
    if (values.trace) writeFileSync(values.trace, buffer);
    return buffer;
  } finally {
    await browser.close();
    await served?.close();
  }
}
const buffer = values.from ? readFileSync(values.from) : await record();
{
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;

  const mainThread = events.find(
    (e) =>
      e.name === 'thread_name' &&
      (e.args as { name?: string })?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  if (!mainThread) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid);
  const navStart =
    onMain.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const marks = onMain.filter((e) =>
    ['firstContentfulPaint', 'largestContentfulPaint::Candidate', 'firstPaint'].includes(e.name),
  );

  // CPU samples: one Profile event, then ProfileChunks with nodes, samples and time deltas.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  let clock = 0;
  for (const e of events.filter((x) => x.pid === mainThread.pid)) {
    if (e.name === 'Profile') clock = (e.args?.data?.startTime as number) ?? clock;
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => {
      clock += deltas[i] ?? 0;
      samples.push({ ts: clock, node: id });
    });
  }
  const label = (n: ProfileNode | undefined) => {
    if (!n) return '?';
    const f = n.callFrame;
    const file = (f.url ?? '').split('/').pop() ?? '';
    return `${f.functionName || '(anon)'}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
  };
  // The nearest frame from our own bundle (assets/), to say which app code a native cost came from.
  const appFrame = (id: number) => {
    let n = nodes.get(id);
    while (n) {
      if ((n.callFrame.url ?? '').includes('/assets/')) return label(n);
      n = n.parent === undefined ? undefined : nodes.get(n.parent);
    }
    return '';
  };
  for (const n of nodes.values())
    for (const c of (n as { children?: number[] }).children ?? []) {
      const child = nodes.get(c);
      if (child) child.parent = n.id;
    }

  const tasks = onMain.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      (e.dur ?? 0) >= min,
  );
  const ms = (us: number) => (us / 1000).toFixed(0);
  for (const m of marks) console.log(`${m.name} at ${ms(m.ts - navStart)} ms`);
  let tbt = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    tbt += Math.max(0, (t.dur ?? 0) - 50_000);
    console.log(`\nTASK at ${ms(t.ts - navStart)} ms, ${ms(t.dur ?? 0)} ms`);
    const inside = onMain.filter(
      (e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end && e !== t && (e.dur ?? 0) >= 2000,
    );
    const kinds = new Map<string, number>();
    for (const e of inside) {
      const data = e.args?.data as { url?: string; functionName?: string } | undefined;
      if (
        [
          'FunctionCall',
          'EvaluateScript',
          'v8.compile',
          'ParseHTML',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'MajorGC',
          'MinorGC',
          'TimerFire',
          'FireAnimationFrame',
          'EventDispatch',
          'ParseAuthorStyleSheet',
          'PrePaint',
          'Layerize',
          'v8.parseOnBackground',
          'CompileScript',
          'v8.callFunction',
          'RunMicrotasks',
          'HitTest',
          'IntersectionObserverController::computeIntersections',
          'ResourceReceivedData',
          'ResourceFinish',
        ].includes(e.name)
      ) {
        const key = `${e.name}${data?.url ? ` ${data.url.split('/').pop()}` : ''}${data?.functionName ? ` ${data.functionName}` : ''}`;
        kinds.set(key, (kinds.get(key) ?? 0) + (e.dur ?? 0));
      }
    }
    for (const [k, d] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 10))
      console.log(`  ${ms(d).padStart(5)} ms  ${k}`);
    const self = new Map<string, number>();
    const inWin = samples.filter((s) => s.ts >= t.ts && s.ts <= end);
    for (let i = 0; i < inWin.length; i++) {
      const s = inWin[i] as { ts: number; node: number };
      const dt = (inWin[i + 1]?.ts ?? end) - s.ts;
      const node = nodes.get(s.node);
      const name = label(node);
      const key = name.startsWith('(') || !node?.callFrame.url ? `${name} <- ${appFrame(s.node)}` : name;
      self.set(key, (self.get(key) ?? 0) + dt);
    }
    console.log('  self time:');
    for (const [k, d] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14))
      console.log(`  ${ms(d).padStart(5)} ms  ${k}`);
  }
  console.log(
    `\n${tasks.length} tasks >= ${values.min} ms; blocking time over 50 ms (whole load): ${ms(tbt)} ms`,
  );
}
