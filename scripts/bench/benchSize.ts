import type { Browser } from 'playwright-core';
import {
  EVENT_THRESHOLD,
  heapUsed,
  measureLoad,
  openBenchPage,
  openFilter,
  type PanZoomResult,
  panAndZoom,
  setThrottle,
  timedClicks,
  trustedClicks,
} from './measurePage';
import { eventQuantiles, type Summary, summarise } from './stats';

// One data size, two builds (this one and today's, served side by side), each in a fresh page of
// the same browser: load, then the same filter clicks unthrottled and at 4× CPU throttling on
// both clocks, then pan and zoom.

export const THROTTLE = 4;
/**
 * Above this unthrottled median the throttled series is skipped: each click would take minutes,
 * and a number already this far over every target says what it would.
 */
export const SLOW_MS = 5000;

export type EventSummary = ReturnType<typeof eventQuantiles>;

export interface BuildResult {
  interactiveMs: number;
  parseMs: number;
  cls: number;
  heapBytes: number;
  /** The DOM-settle clock: untrusted click to every view re-rendered and laid out. */
  update: Summary;
  updateThrottled: Summary;
  /** Event Timing: a trusted click to the next paint. */
  event: EventSummary;
  eventThrottled: EventSummary;
  panZoom: PanZoomResult;
}

export interface SizeResult {
  label: string;
  projects: number;
  clicks: number;
  built: BuildResult;
  today: BuildResult | null;
}

/** Fails a run whose figures are not real: the checks the bench's old e2e test made. */
function checkReal(result: BuildResult, clicks: number): void {
  const positive = [result.interactiveMs, result.parseMs, result.heapBytes, result.update.median];
  if (!positive.every((v) => Number.isFinite(v) && v > 0))
    throw new Error('a load or click figure is not positive');
  if (result.parseMs >= result.interactiveMs) throw new Error('parsing took longer than the whole load');
  if (result.update.n !== clicks) throw new Error(`timed ${result.update.n} of ${clicks} clicks`);
}

export async function benchBuild(
  browser: Browser,
  url: string,
  clicks: number,
  log: (line: string) => void,
): Promise<BuildResult> {
  const bench = await openBenchPage(browser);
  try {
    const load = await measureLoad(bench, url);
    const heapBytes = await heapUsed(bench);
    await openFilter(bench);
    const update = await timedClicks(bench, clicks);
    const event = await trustedClicks(bench, clicks);
    const tooSlow = summarise(update).median > SLOW_MS;
    await setThrottle(bench, THROTTLE);
    const updateThrottled = tooSlow ? [] : await timedClicks(bench, clicks);
    const eventThrottled = tooSlow ? [] : await trustedClicks(bench, clicks);
    await setThrottle(bench, 1);
    const result: BuildResult = {
      ...load,
      heapBytes,
      update: summarise(update),
      updateThrottled: summarise(updateThrottled),
      event: eventQuantiles(event, clicks, EVENT_THRESHOLD),
      eventThrottled: eventQuantiles(eventThrottled, tooSlow ? 0 : clicks, EVENT_THRESHOLD),
      panZoom: await panAndZoom(bench),
    };
    checkReal(result, clicks);
    log(
      `  interactive ${load.interactiveMs.toFixed(0)} ms; settle median ${result.update.median.toFixed(1)} ms; click→paint median ${result.event.p50 ?? '< 16'} ms, 4× p95 ${result.eventThrottled.p95 ?? '< 16'} ms`,
    );
    return result;
  } finally {
    await bench.close();
  }
}
