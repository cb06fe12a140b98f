import type { Align } from '../lib/budgetsReport';
import type { BuildResult, EventSummary, SizeResult } from './benchSize';

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
const events = (e: EventSummary) => (e.n === 0 ? 'not run' : `${event(e.p50)} / ${event(e.p95)}`);
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;
/** An Event Timing quantile as a number: under the 16 ms threshold counts as 0. */
const eventMs = (value: number | null) => value ?? 0;

/** Each size's builds, this one first: [label, build name, result]. */
const rowsOf = (results: readonly SizeResult[]) =>
  results.flatMap((r) => [
    [r, 'new', r.built] as const,
    ...(r.today ? [[r, 'today', r.today] as const] : []),
  ]);

export function loadTable(results: readonly SizeResult[]): Table {
  return {
    header: [
      'data',
      'projects',
      'build',
      'load to interactive',
      'parse + validate',
      'JS heap',
      'CLS',
      'pan/zoom longest task',
      'longest frame gap',
    ],
    rows: rowsOf(results).map(([r, build, b]) => [
      r.label,
      r.projects.toLocaleString('en-GB'),
      build,
      ms(b.interactiveMs),
      ms(b.parseMs),
      mb(b.heapBytes),
      b.cls.toFixed(3),
      b.panZoom.longestTask === 0 ? 'none > 50 ms' : ms(b.panZoom.longestTask),
      ms(b.panZoom.frameGap),
    ]),
    align: ['left', 'right', 'left', ...new Array<Align>(6).fill('right')],
  };
}

export function filterTable(results: readonly SizeResult[]): Table {
  return {
    header: [
      'data',
      'clicks',
      'build',
      'click → next paint p50 / p95',
      'at 4×: p50 / p95',
      'DOM settle median / p95',
      'at 4×: median / p95',
    ],
    rows: rowsOf(results).map(([r, build, b]) => [
      r.label,
      String(r.clicks),
      build,
      events(b.event),
      events(b.eventThrottled),
      pair(b.update.median, b.update.p95),
      pair(b.updateThrottled.median, b.updateThrottled.p95),
    ]),
    align: ['left', 'right', 'left', 'right', 'right', 'right', 'right'],
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

/** New against today's build on one clock: within 10% (or faster) passes. */
function against(label: string, clock: string, built: number, today: number): Check {
  const ratio = built / today;
  const change = `${ms(built)} against ${ms(today)} (${ratio <= 1 ? `${((1 - ratio) * 100).toFixed(0)}% faster` : `${((ratio - 1) * 100).toFixed(0)}% slower`})`;
  return {
    target: `${label}: ${clock} median within 10% of today's build`,
    measured: change,
    ok: ratio <= 1.1,
  };
}

/** The issue's targets, checked against what was measured. Sizes missing from the run are skipped. */
export function checkTargets(results: readonly SizeResult[]): Check[] {
  const by = (label: string) => results.find((r) => r.label === label);
  const checks: Check[] = [];
  const seed = by('seed');
  if (seed)
    checks.push(
      within(
        'seed: click → next paint median ≤ 50 ms',
        eventMs(seed.built.event.p50),
        50,
        event(seed.built.event.p50),
      ),
    );
  const k10 = by('10k');
  if (k10) {
    const { event: e, eventThrottled: t } = k10.built;
    checks.push(within('10k: click → next paint median ≤ 100 ms', eventMs(e.p50), 100, event(e.p50)));
    checks.push(
      within(
        '10k: click → next paint p95 at 4× ≤ 200 ms',
        t.n === 0 ? Number.NaN : eventMs(t.p95),
        200,
        event(t.p95),
      ),
    );
  }
  for (const r of [k10, by('100k')]) {
    if (!r?.today) continue;
    checks.push(
      against(r.label, 'click → next paint', eventMs(r.built.event.p50), eventMs(r.today.event.p50)),
    );
    checks.push(against(r.label, 'DOM settle', r.built.update.median, r.today.update.median));
  }
  return checks;
}

export const buildSummaryLine = (build: string, r: BuildResult) =>
  `${build}: interactive ${ms(r.interactiveMs)}, click → next paint p50 ${event(r.event.p50)}, DOM settle median ${ms(r.update.median)}`;
