import { utcTicks } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { type AxisSegment, DAY } from './timeSegments';

export interface AxisTick {
  /** Position along the axis. */
  at: number;
  text: string;
}

const isYearStart = (t: number): boolean => {
  const d = new Date(t);
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
};
const isMonthStart = (t: number): boolean => new Date(t).getUTCDate() === 1;

/** Tick times for a segment: the years it covers when it spans about a year, else the scale's own. */
export function tickTimes(segment: AxisSegment): number[] {
  const [d0, d1] = segment.domain;
  if (d1 - d0 > 200 * DAY && d1 - d0 < 3 * 366 * DAY) {
    // Only years the events fall in: a "1992" tick at the end of 1991 would suggest an event.
    const out: number[] = [];
    const [e0, e1] = segment.extent;
    for (let y = new Date(e0).getUTCFullYear(); Date.UTC(y, 0, 1) < e1; y++) {
      const t = Date.UTC(y, 0, 1);
      if (t >= d0) out.push(t);
    }
    return out;
  }
  const count = Math.max(1, Math.floor(Math.abs(segment.range[1] - segment.range[0]) / 140));
  return utcTicks(new Date(d0), new Date(d1), count).map((d) => d.getTime());
}

/** "1991"; "Jun 2025", "Jul"; "1 Jun 2025", "8 Jun": the year once per segment. */
export function tickText(t: number, all: readonly number[], first: boolean): string {
  const date = new Date(t);
  if (all.every(isYearStart)) return utcFormat('%Y')(date);
  if (all.every(isMonthStart)) return utcFormat(first || date.getUTCMonth() === 0 ? '%b %Y' : '%b')(date);
  return utcFormat(first ? '%-d %b %Y' : '%-d %b')(date);
}

/**
 * Ticks across every segment, dropping any whose label would touch the previous one.
 * `extentOf` gives a label's [start, end] along the axis for a tick at `at`.
 */
export function segmentTicks(
  segments: readonly AxisSegment[],
  extentOf: (text: string, at: number) => [number, number],
  gap = 12,
): AxisTick[] {
  const ticks: AxisTick[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const segment of segments) {
    const times = tickTimes(segment);
    let first = true;
    for (const t of times) {
      const at = segment.scale(t);
      const text = tickText(t, times, first);
      const [from, to] = extentOf(text, at);
      if (from < lastEnd + gap) continue;
      lastEnd = to;
      first = false;
      ticks.push({ at, text });
    }
  }
  return ticks;
}
