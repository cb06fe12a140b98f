import type { Align } from '../lib/budgetsReport';
import type { EventSummary, ModeResult, SizeResult } from './benchSize';
import { growthExponent } from './stats';

// Turns benchmark results into tables and target checks. Pure, so it is unit-tested.

export interface Table {
  header: string[];
  rows: string[][];
  align: Align[];
}

export const ms = (value: number) =>
  !Number.isFinite(value) ? 'not run' : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const event = (value: number | null) => (value === null ? '< 16 ms' : ms(value));
const SKIPPED = 'not measured: the unthrottled clicks already took over 5 s each';
const events = (e: EventSummary | null) => (e === null ? '—' : `${event(e.p50)} / ${event(e.p95)}`);
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;
const ratio = (baseline: number, ours: number) =>
  Number.isFinite(baseline / ours) ? `${(baseline / ours).toFixed(1)}×` : '—';

export function loadTable(results: readonly SizeResult[]): Table {
  return {
    header: [
      'data',
      'projects',
      'load to interactive',
      'parse + validate',
      'JS heap',
      'CLS',
      'pan/zoom longest task',
      'longest frame gap',
    ],
    rows: results.map((r) => [
      r.label,
      r.projects.toLocaleString('en-GB'),
      ms(r.ours.interactiveMs),
      ms(r.ours.parseMs),
      mb(r.ours.heapBytes),
      r.ours.cls.toFixed(3),
      r.ours.panZoom
        ? r.ours.panZoom.longestTask === 0
          ? 'none > 50 ms'
          : ms(r.ours.panZoom.longestTask)
        : '—',
      r.ours.panZoom ? ms(r.ours.panZoom.frameGap) : '—',
    ]),
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  };
}

export function filterTable(results: readonly SizeResult[]): Table {
  return {
    header: [
      'data',
      'clicks',
      'update median / p95',
      'update 4× median / p95',
      'INP-style p50 / p95',
      'INP-style 4× p50 / p95',
      'baseline update median / p95',
      'baseline 4× median / p95',
      'baseline INP-style 4×',
      'faster than baseline (median, 4× p95)',
      'layers added per press: ours / baseline',
      'paths restyled per click: baseline',
    ],
    rows: results.map(({ label, clicks, baselineClicks, ours, baseline }) => [
      label,
      baselineClicks === clicks ? String(clicks) : `${clicks} (baseline ${baselineClicks})`,
      pair(ours.update.median, ours.update.p95),
      pair(ours.updateThrottled.median, ours.updateThrottled.p95),
      events(ours.event),
      events(ours.eventThrottled),
      pair(baseline.update.median, baseline.update.p95),
      pair(baseline.updateThrottled.median, baseline.updateThrottled.p95),
      events(baseline.eventThrottled),
      `${ratio(baseline.update.median, ours.update.median)}, ${ratio(baseline.updateThrottled.p95, ours.updateThrottled.p95)}`,
      `${ours.layersAddedPerPress.toFixed(0)} / ${baseline.layersAddedPerPress.toFixed(0)}`,
      baseline.restyledPerClick.toFixed(0),
    ]),
    align: ['left', ...new Array<Align>(11).fill('right')],
  };
}

export interface Check {
  target: string;
  measured: string;
  ok: boolean;
}

const within = (target: string, value: number, limit: number, shown = ms(value)): Check =>
  !Number.isFinite(value)
    ? { target, measured: SKIPPED, ok: false }
    : {
        target,
        measured: value <= limit ? shown : `${shown} (${ms(value - limit)} over)`,
        ok: value <= limit,
      };

/** The targets, checked against what was measured. Sizes missing from the run are skipped. */
export function checkTargets(results: readonly SizeResult[]): Check[] {
  const by = (label: string) => results.find((r) => r.label === label);
  const checks: Check[] = [];
  const seed = by('seed');
  if (seed) checks.push(within('seed: update median ≤ 16 ms', seed.ours.update.median, 16));
  const k10 = by('10k');
  if (k10) {
    checks.push(within('10k: update median ≤ 30 ms', k10.ours.update.median, 30));
    checks.push(within('10k: update p95 at 4× ≤ 100 ms', k10.ours.updateThrottled.p95, 100));
    const p95 = k10.ours.eventThrottled.p95;
    checks.push(within('10k: INP-style p95 at 4× ≤ 100 ms', p95 ?? 0, 100, event(p95)));
    const speedup = k10.baseline.update.median / k10.ours.update.median;
    checks.push({
      target: '10k: the setStyle baseline ≥ 3× slower (update median)',
      measured: `${speedup.toFixed(1)}×`,
      ok: speedup >= 3,
    });
  }
  const k100 = by('100k');
  if (k100) checks.push(within('100k: update median ≤ 100 ms', k100.ours.update.median, 100));
  for (const r of results) {
    const task = r.ours.panZoom?.longestTask;
    if (task !== undefined) checks.push(within(`${r.label}: no pan/zoom task over 50 ms`, task, 50));
  }
  const k1 = by('1k');
  if (k1 && k100) {
    const k = growthExponent(k1.projects, k1.ours.update.median, k100.projects, k100.ours.update.median);
    checks.push({
      target: 'update cost grows no worse than linearly, 1k → 100k (exponent ≤ 1)',
      measured: `exponent ${k.toFixed(2)} (${ms(k1.ours.update.median)} → ${ms(k100.ours.update.median)})`,
      ok: k <= 1,
    });
  }
  return checks;
}

export const modeSummaryLine = (mode: string, r: ModeResult) =>
  `${mode}: interactive ${ms(r.interactiveMs)}, update median ${ms(r.update.median)}, 4× p95 ${ms(r.updateThrottled.p95)}`;
