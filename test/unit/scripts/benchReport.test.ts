import { describe, expect, it } from 'vitest';
import type { BuildResult, SizeResult } from '../../../scripts/bench/benchSize';
import { checkTargets, filterTable, loadTable, ms } from '../../../scripts/bench/report';
import { eventQuantiles, summarise } from '../../../scripts/bench/stats';

const build = (events: number[], throttled: number[], settle: number[]): BuildResult => ({
  interactiveMs: 1200,
  parseMs: 80,
  cls: 0.01,
  heapBytes: 12_000_000,
  update: summarise(settle),
  updateThrottled: summarise(settle.map((s) => 4 * s)),
  event: eventQuantiles(events, Math.max(events.length, settle.length), 16),
  eventThrottled: eventQuantiles(throttled, throttled.length, 16),
  panZoom: { longestTask: 0, longTasks: 0, frameGap: 20 },
});

const size = (label: string, built: BuildResult, today: BuildResult | null = null): SizeResult => ({
  label,
  projects: 10_000,
  clicks: 4,
  built,
  today,
});

describe('bench report', () => {
  it('formats milliseconds, and says when a series was not run', () => {
    expect(ms(4.25)).toBe('4.3 ms');
    expect(ms(1234.4)).toBe('1234 ms');
    expect(ms(Number.NaN)).toBe('not run');
  });

  it('checks click → next paint at 10k, saying by how much a target is missed', () => {
    const checks = checkTargets([
      size('10k', build([80, 90, 96, 120], [150, 180, 190, 260], [40, 50, 60, 70])),
    ]);
    const byTarget = Object.fromEntries(checks.map((c) => [c.target, c]));
    expect(byTarget['10k: click → next paint median ≤ 100 ms']).toMatchObject({
      ok: true,
      measured: '90.0 ms',
    });
    expect(byTarget['10k: click → next paint p95 at 4× ≤ 200 ms']).toMatchObject({
      ok: false,
      measured: '260 ms (60.0 ms over)',
    });
  });

  it('reads a click faster than Event Timing reports as meeting the seed target', () => {
    const [seed] = checkTargets([size('seed', build([], [], [5, 6]))]);
    expect(seed).toMatchObject({ ok: true, measured: '< 16 ms' });
  });

  it('compares this build with today’s on both clocks, within 10%', () => {
    const today = build([200, 200, 200, 200], [900, 900], [100, 100, 100, 100]);
    const checks = checkTargets([
      size('100k', build([100, 100, 100, 100], [500], [105, 105, 108, 108]), today),
    ]);
    expect(checks.find((c) => c.target.includes('click → next paint median within 10%'))).toMatchObject({
      ok: true,
      measured: '100 ms against 200 ms (50% faster)',
    });
    expect(checks.find((c) => c.target.includes('DOM settle'))).toMatchObject({ ok: true });
    const slower = checkTargets([size('100k', build([300, 300], [900], [100, 100]), today)]);
    expect(slower.find((c) => c.target.includes('click → next paint'))).toMatchObject({
      ok: false,
      measured: '300 ms against 200 ms (50% slower)',
    });
  });

  it('puts one row per build in each table, the new one first', () => {
    const r = size('seed', build([20, 30], [40, 50], [5, 6]), build([20, 40], [60, 70], [30, 33]));
    const filter = filterTable([r]);
    expect(filter.rows.map((row) => row[2])).toEqual(['new', 'today']);
    expect(filter.rows[0]).toContain('5.0 ms / 6.0 ms');
    expect(filter.rows[1]).toContain('30.0 ms / 33.0 ms');
    expect(loadTable([r]).rows[0]?.slice(0, 5)).toEqual(['seed', '10,000', 'new', '1200 ms', '80.0 ms']);
  });
});
