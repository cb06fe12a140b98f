import { describe, expect, it } from 'vitest';
import type { ModeResult, SizeResult } from '../../../scripts/bench/benchSize';
import { checkTargets, filterTable, loadTable, ms } from '../../../scripts/bench/report';
import { eventQuantiles, summarise } from '../../../scripts/bench/stats';

const mode = (update: number[], throttled: number[], extra: Partial<ModeResult> = {}): ModeResult => ({
  interactiveMs: 1200,
  parseMs: 80,
  cls: 0.01,
  heapBytes: 12_000_000,
  update: summarise(update),
  updateThrottled: summarise(throttled),
  event: eventQuantiles([], update.length, 16),
  eventThrottled: eventQuantiles(
    throttled.filter((t) => t >= 16),
    throttled.length,
    16,
  ),
  layersAddedPerClick: 0,
  layersAddedPerPress: 0,
  restyledPerClick: 0,
  panZoom: { longestTask: 0, longTasks: 0, frameGap: 20 },
  ...extra,
});

const size = (label: string, projects: number, ours: ModeResult, baseline: ModeResult): SizeResult => ({
  label,
  projects,
  clicks: 4,
  baselineClicks: 4,
  ours,
  baseline,
});

describe('bench report', () => {
  it('formats milliseconds, and says when a series was not run', () => {
    expect(ms(4.25)).toBe('4.3 ms');
    expect(ms(1234.4)).toBe('1234 ms');
    expect(ms(Number.NaN)).toBe('not run');
  });

  it('checks the 10k targets, saying by how much one is missed', () => {
    const ours = mode([30, 40, 45, 60], [60, 80, 90, 130]);
    const baseline = mode([200, 210, 220, 230], [500, 600, 700, 800]);
    const checks = checkTargets([size('10k', 10_000, ours, baseline)]);
    const byTarget = Object.fromEntries(checks.map((c) => [c.target, c]));
    expect(byTarget['10k: update median ≤ 30 ms']?.ok).toBe(false);
    expect(byTarget['10k: update p95 at 4× ≤ 100 ms']).toMatchObject({
      ok: false,
      measured: '130 ms (30.0 ms over)',
    });
    expect(byTarget['10k: the setStyle baseline ≥ 3× slower (update median)']).toMatchObject({
      ok: true,
      measured: '5.3×', // medians 210 ms and 40 ms (nearest rank)
    });
  });

  it('judges growth from 1k to 100k by its exponent', () => {
    const small = size('1k', 1000, mode([2, 2, 2, 2], [8, 8, 8, 8]), mode([4, 4, 4, 4], [9, 9, 9, 9]));
    const big = size('100k', 100_000, mode([400, 400, 400, 400], [900, 900]), mode([9, 9], [9, 9]));
    const growth = checkTargets([small, big]).find((c) => c.target.startsWith('update cost grows'));
    expect(growth).toMatchObject({ ok: false });
    expect(growth?.measured).toContain('exponent 1.15');
  });

  it('puts one row per size in each table, with ours and the baseline side by side', () => {
    const r = size('seed', 9, mode([5, 6], [12, 14]), mode([30, 33], [90, 99]));
    const filter = filterTable([r]);
    expect(filter.rows).toHaveLength(1);
    expect(filter.rows[0]).toContain('5.0 ms / 6.0 ms');
    expect(filter.rows[0]).toContain('30.0 ms / 33.0 ms');
    expect(filter.rows[0]).toContain('6.0×, 7.1×');
    expect(loadTable([r]).rows[0]?.slice(0, 4)).toEqual(['seed', '9', '1200 ms', '80.0 ms']);
  });
});
