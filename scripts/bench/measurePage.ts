import type { Browser, CDPSession, Page } from 'playwright-core';
import {
  afterPaint,
  drawWholePage,
  eventCount,
  firstScreenAt,
  initScript,
  interactionsSince,
  layoutShift,
  parseMeasure,
  startFrameGaps,
  stopFrameGaps,
  timedClick,
  waitForPanels,
} from './pageScripts';

// Drives one page of the app through the benchmark: load, filter clicks (untrusted and timed in
// the page; trusted and timed by Event Timing), CPU throttling through CDP, pan and zoom, heap.

export const VIEWPORT = { width: 1440, height: 900 };
/** The country toggles the clicks cycle through: each is pressed, then released. */
export const TOGGLED = ['KAZ', 'UZB', 'TKM', 'KGZ', 'TJK', 'IRN', 'ISR', 'CHN', 'RUS', 'TUR', 'AFG'];
const EVENT_THRESHOLD = 16;

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  const cdp = await context.newCDPSession(page);
  await page.addInitScript({ content: initScript });
  return { page, cdp, close: () => context.close() };
}

export interface LoadResult {
  interactiveMs: number;
  /** When the map and the articles were first seen drawn (the first screen at 1440×900). */
  firstScreenMs: number;
  parseMs: number;
  cls: number;
}

export async function measureLoad({ page }: BenchPage, url: string): Promise<LoadResult> {
  await page.goto(url);
  const interactiveMs = (await page.evaluate(waitForPanels)) as number;
  const firstScreenMs = ((await page.evaluate(firstScreenAt)) as number | null) ?? interactiveMs;
  const parseMs = (await page.evaluate(parseMeasure)) as number | null;
  if (parseMs === null) throw new Error('the app set no crossroads:parse+validate measure');
  // Late shifts (articles arriving, fonts, the map sizing itself) count too.
  await page.waitForTimeout(1000);
  const cls = (await page.evaluate(layoutShift)) as number;
  await page.evaluate(drawWholePage);
  return { interactiveMs, firstScreenMs, parseMs, cls };
}

export async function openFilter({ page }: BenchPage): Promise<void> {
  const toggle = page.locator('button.filter-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('.country-option').first().waitFor();
}

/** The codes to cycle through that this data set offers a toggle for. */
async function toggles(page: Page): Promise<string[]> {
  const offered = await page
    .locator('.country-option')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
  const codes = TOGGLED.filter((c) => offered.includes(c));
  if (codes.length === 0) throw new Error('no country toggles to click');
  return codes;
}

/** Click i of a series: press a country, then release it, then the next country. */
const codeFor = (codes: readonly string[], i: number) => codes[Math.floor(i / 2) % codes.length] as string;

export async function setThrottle({ cdp }: BenchPage, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * (a) Untrusted clicks, timed inside the page from dispatch to every view re-rendered and laid
 * out (the DOM-settle clock): milliseconds per click.
 */
export async function timedClicks(bench: BenchPage, clicks: number): Promise<number[]> {
  const { page } = bench;
  const codes = await toggles(page);
  const update: number[] = [];
  for (let i = 0; i < clicks; i++) {
    update.push((await page.evaluate(timedClick(codeFor(codes, i)))) as number);
    await page.evaluate(afterPaint);
  }
  if (clicks % 2 === 1) await page.evaluate(timedClick(codeFor(codes, clicks - 1)));
  await page.evaluate(afterPaint);
  return update;
}

/**
 * (b) Trusted clicks through the browser's input pipeline; durations come from Event Timing.
 * `settleMs` waits after each click, so that the move a filter click starts ends before the next.
 */
export async function trustedClicks(bench: BenchPage, clicks: number, settleMs = 0): Promise<number[]> {
  const { page } = bench;
  const codes = await toggles(page);
  const from = (await page.evaluate(eventCount)) as number;
  const total = clicks + (clicks % 2);
  for (let i = 0; i < total; i++) {
    await page.locator(`.country-option[data-code="${codeFor(codes, i)}"]`).click();
    await page.evaluate(afterPaint);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
  }
  // Event Timing entries arrive after the next paint; give the last one time to land.
  await page.waitForTimeout(300);
  const all = (await page.evaluate(interactionsSince(from))) as number[];
  return all.slice(0, clicks);
}

export { EVENT_THRESHOLD };

export interface PanZoomResult {
  longestTask: number;
  longTasks: number;
  frameGap: number;
}

/** Drags the map around and zooms it with the wheel, watching for long tasks and frame gaps. */
export async function panAndZoom({ page }: BenchPage): Promise<PanZoomResult> {
  const map = page.locator('.area-map .leaflet-container');
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(startFrameGaps);
  for (const [dx, dy] of [
    [160, 60],
    [-220, -40],
    [80, -120],
  ] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 12 });
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  await page.mouse.move(cx, cy);
  for (const delta of [-240, -240, 240, -240, 240, 240]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(450);
  }
  return (await page.evaluate(stopFrameGaps)) as PanZoomResult;
}

/** Used JS heap after a garbage collection, in bytes. */
export async function heapUsed({ cdp }: BenchPage): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
