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
import type { MapMode } from './pageScripts';
import { eventQuantiles, type Summary, summarise } from './stats';

// One data size, both map modes, in fresh pages of the same browser: load, then the same filter
// clicks unthrottled and at 4× CPU throttling, then (ours only) pan and zoom.

export const THROTTLE = 4;
/**
 * Above this unthrottled median the throttled series is skipped: each click would take minutes,
 * and a number already this far over every target says what it would.
 */
export const SLOW_MS = 5000;

export type EventSummary = ReturnType<typeof eventQuantiles>;

export interface ModeResult {
  interactiveMs: number;
  parseMs: number;
  cls: number;
  heapBytes: number;
  update: Summary;
  updateThrottled: Summary;
  eventThrottled: EventSummary;
  event: EventSummary | null;
  /** Map layers added per filter click (0 when layers are only restyled or removed). */
  layersAddedPerClick: number;
  /** Map layers added per click that narrows the filter: a remount would add every visible layer. */
  layersAddedPerPress: number;
  /** Leaflet paths restyled per click (the setStyle baseline; 0 for ours, which has none). */
  restyledPerClick: number;
  panZoom: PanZoomResult | null;
}

export interface SizeResult {
  label: string;
  projects: number;
  clicks: number;
  /** The baseline may take fewer clicks: at 100k each of its clicks takes seconds. */
  baselineClicks: number;
  ours: ModeResult;
  baseline: ModeResult;
}

export async function benchMode(
  browser: Browser,
  url: string,
  mode: MapMode,
  clicks: number,
  log: (line: string) => void,
): Promise<ModeResult> {
  const bench = await openBenchPage(browser, mode);
  try {
    const load = await measureLoad(bench, url);
    log(
      `  ${mode}: interactive ${load.interactiveMs.toFixed(0)} ms, parse+validate ${load.parseMs.toFixed(0)} ms`,
    );
    const heapBytes = await heapUsed(bench);
    await openFilter(bench);
    const plain = await timedClicks(bench, clicks);
    const event = mode === 'ours' ? await trustedClicks(bench, clicks) : null;
    const tooSlow = summarise(plain.update).median > SLOW_MS;
    await setThrottle(bench, THROTTLE);
    const throttled = tooSlow
      ? { update: [], layersAdded: 0, layersAddedOnPress: 0, restyled: 0 }
      : await timedClicks(bench, clicks);
    const eventThrottled = tooSlow ? [] : await trustedClicks(bench, clicks);
    await setThrottle(bench, 1);
    const series = tooSlow ? 1 : 2;
    const panZoom = mode === 'ours' ? await panAndZoom(bench) : null;
    const result: ModeResult = {
      ...load,
      heapBytes,
      update: summarise(plain.update),
      updateThrottled: summarise(throttled.update),
      event: event === null ? null : eventQuantiles(event, clicks, EVENT_THRESHOLD),
      eventThrottled: eventQuantiles(eventThrottled, tooSlow ? 0 : clicks, EVENT_THRESHOLD),
      layersAddedPerClick: (plain.layersAdded + throttled.layersAdded) / (series * clicks),
      layersAddedPerPress:
        (plain.layersAddedOnPress + throttled.layersAddedOnPress) / (series * Math.ceil(clicks / 2)),
      restyledPerClick: (plain.restyled + throttled.restyled) / (series * clicks),
      panZoom,
    };
    log(
      `  ${mode}: update median ${result.update.median.toFixed(1)} ms, throttled p95 ${tooSlow ? 'skipped' : `${result.updateThrottled.p95.toFixed(1)} ms`}, layers added per click ${result.layersAddedPerClick.toFixed(1)}`,
    );
    return result;
  } finally {
    await bench.close();
  }
}

export async function benchSize(
  browser: Browser,
  url: string,
  size: { label: string; projects: number; clicks: number; baselineClicks: number },
  log: (line: string) => void,
): Promise<SizeResult> {
  const ours = await benchMode(browser, url, 'ours', size.clicks, log);
  const baseline = await benchMode(browser, url, 'baseline', size.baselineClicks, log);
  return { ...size, ours, baseline };
}
