// Code that runs inside the benchmarked page. Kept as source strings: functions handed to
// page.evaluate would carry whatever helpers the Node-side transpiler injects into them.

/** Set before any app script runs: observers that buffer what the bench reads. */
export const initScript = `
  window.__bench = { events: [], longtasks: [], shifts: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) window.__bench.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
`;

/**
 * Truthy once the first screen is drawn: the data in, and at 1440×900 the map (its features on
 * canvas) and the articles beside it, the charts being below the fold.
 */
const firstScreenReady = `(performance.getEntriesByName('crossroads:data-ready').length > 0 &&
  document.querySelectorAll('.area-map .leaflet-container canvas').length > 0 &&
  document.querySelector('.area-reader li, .area-reader article') !== null)`;

/** Truthy once every panel has drawn: the first screen, and the charts. */
const panelsReady = `(() => {
  if (!${firstScreenReady}) return false;
  if (!document.querySelector('.area-charts svg')) return false;
  if (document.querySelector('.charts-loading')) return false;
  document.body.getBoundingClientRect();
  return performance.now();
})()`;

/** What is still missing after a long wait, so a page that never settles fails with a reason. */
const panelsMissing = `[
  performance.getEntriesByName('crossroads:data-ready').length === 0 && 'data not in',
  document.querySelectorAll('.area-map .leaflet-container canvas').length === 0 && 'no map canvas',
  !document.querySelector('.area-charts svg') && 'no chart drawn',
  document.querySelector('.charts-loading') && 'charts loading',
  !document.querySelector('.area-reader li, .area-reader article') && 'no article listed',
].filter(Boolean).join(', ')`;

/**
 * Resolves, polling every frame, with the time all panels were first seen drawn; rejects after
 * two minutes naming what never appeared, rather than hanging the run. On the way it notes when
 * the first screen was first seen drawn (`firstScreenAt`).
 */
export const waitForPanels = `new Promise((done, fail) => {
  // Charts load as they near the viewport: bring them in as a reader going to them would, again
  // at each check until one has drawn (the panels above them grow as they fill, pushing them down).
  // Polled by timer, not by animation frame: a page the browser stops painting would wait forever.
  const check = () => {
    const charts = document.querySelector('.area-charts');
    if (charts && !charts.querySelector('svg')) charts.scrollIntoView({ block: 'start' });
    if (window.__firstScreenAt === undefined && ${firstScreenReady}) window.__firstScreenAt = performance.now();
    const at = ${panelsReady};
    if (at) done(at);
    else if (performance.now() > 120000) fail(new Error('panels not drawn after 2 minutes: ' + ${panelsMissing}));
    else setTimeout(check, 16);
  };
  check();
})`;

/** When waitForPanels first saw the first screen drawn (ms from navigation). */
export const firstScreenAt = `window.__firstScreenAt ?? null`;

export const parseMeasure = `(() => {
  const m = performance.getEntriesByName('crossroads:parse+validate')[0];
  return m ? m.duration : null;
})()`;

/**
 * Untrusted click on a country toggle, timed from dispatch to every view updated and laid out.
 * React renders a discrete update in a microtask queued by the click, effects included; a
 * browser runs that microtask as soon as a real event's listeners return, a script's click() only
 * when the script yields. Awaiting a later microtask lets it run; reading layout then forces
 * style and layout.
 */
export const timedClick = (code: string) => `(async () => {
  const button = document.querySelector('.country-option[data-code="${code}"]');
  if (!button) throw new Error('no toggle for ${code}');
  const before = button.getAttribute('aria-pressed');
  const start = performance.now();
  button.click();
  await Promise.resolve();
  await Promise.resolve();
  document.body.getBoundingClientRect();
  void document.body.offsetHeight;
  const elapsed = performance.now() - start;
  if (button.getAttribute('aria-pressed') === before) throw new Error('the click on ${code} did not update by the next microtask');
  return elapsed;
})()`;

/**
 * Scrolls down the page a screen at a time, two frames per step, so that every chart has loaded
 * and drawn; then back to the top. Clicks are timed with every view on the page, not only the
 * first screen's.
 */
export const drawWholePage = `(async () => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await frames(); await new Promise((r) => setTimeout(r, 50)); }
  while (document.querySelector('.area-charts [aria-busy="true"]')) await frames();
  scrollTo(0, 0);
  await frames();
})()`;

/** Resolves after the next two frames have painted. */
export const afterPaint = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))`;

export const eventCount = `window.__bench.events.length`;

/** Longest event duration per interaction, for the events recorded from index `from`. */
export const interactionsSince = (from: number) => `(() => {
  const byId = new Map();
  for (const e of window.__bench.events.slice(${from})) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  return [...byId.values()];
})()`;

/** Starts a rAF loop recording the longest gap between frames; stopFrameGaps ends it. */
export const startFrameGaps = `(() => {
  const b = window.__bench;
  b.gap = 0; b.running = true; b.windowStart = performance.now();
  let last = performance.now();
  const tick = (now) => {
    b.gap = Math.max(b.gap, now - last);
    last = now;
    if (b.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

export const stopFrameGaps = `(() => {
  const b = window.__bench;
  b.running = false;
  const tasks = b.longtasks.filter((t) => t.start >= b.windowStart).map((t) => t.duration);
  return { frameGap: b.gap, longestTask: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length };
})()`;

export const layoutShift = `window.__bench.shifts`;
