import { linearScale } from '../linearScale';

// Events decades apart (1991, June 2025) would squeeze the recent, dense period into a few
// pixels on one continuous axis. Clusters of events separated by a long empty gap get their own
// axis segment instead, drawn with a visible break between them.

export type DatePrecision = 'day' | 'month' | 'year';

export interface DatedInterval {
  /** Inclusive start and exclusive end, in UTC milliseconds. */
  start: number;
  end: number;
}

export const DAY = 86_400_000;

/** The stretch of time a date covers at its precision: a day, a whole month, a whole year. */
export function intervalOf(date: string, precision: DatePrecision): DatedInterval {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  if (precision === 'year') return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  if (precision === 'month') return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
  const start = Date.UTC(y, m - 1, d);
  return { start, end: start + DAY };
}

/** Index lists of intervals that belong on one axis segment, in time order. */
export function clusterIntervals(intervals: readonly DatedInterval[]): number[][] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.start - intervals[b]!.start);
  const clusters: { members: number[]; start: number; end: number }[] = [];
  for (const i of order) {
    const next = intervals[i]!;
    const current = clusters[clusters.length - 1];
    if (current !== undefined) {
      const gap = next.start - current.end;
      // A gap counts as a break when it dwarfs what it separates and is longer than a season.
      const threshold = Math.max(90 * DAY, 3 * Math.max(current.end - current.start, next.end - next.start));
      if (gap <= threshold) {
        current.members.push(i);
        current.end = Math.max(current.end, next.end);
        continue;
      }
    }
    clusters.push({ members: [i], start: next.start, end: next.end });
  }
  return clusters.map((c) => c.members);
}

export interface AxisSegment {
  members: number[];
  /** First start and last end of the segment's events. */
  extent: [number, number];
  /** The extent with a little padding either side: what the scale maps. */
  domain: [number, number];
  /** Pixels along the axis (x for a horizontal axis, y for a vertical one). */
  range: [number, number];
  scale: (t: number) => number;
}

/** One segment's time scale over the given pixel range. */
export function makeSegment(
  intervals: readonly DatedInterval[],
  members: number[],
  range: [number, number],
): AxisSegment {
  const start = Math.min(...members.map((m) => intervals[m]!.start));
  const end = Math.max(...members.map((m) => intervals[m]!.end));
  const pad = Math.max(2 * DAY, (end - start) * 0.06);
  const domain: [number, number] = [start - pad, end + pad];
  return { members, extent: [start, end], domain, range, scale: linearScale(domain, range) };
}

export const BREAK_GAP = 36;
const MIN_SEGMENT = 120;

/** Segments across `length` pixels: room in proportion to their event count, at least MIN_SEGMENT. */
export function layoutSegments(intervals: readonly DatedInterval[], length: number): AxisSegment[] {
  const clusters = clusterIntervals(intervals);
  if (clusters.length === 0) return [];
  const usable = length - BREAK_GAP * (clusters.length - 1);
  const weights = clusters.map((c) => c.length);
  const total = weights.reduce((a, b) => a + b, 0);
  let sizes = weights.map((w) => (usable * w) / total);
  const short = sizes.map((w) => w < MIN_SEGMENT);
  if (short.some(Boolean) && !short.every(Boolean)) {
    const fixed = short.reduce((sum, s) => sum + (s ? MIN_SEGMENT : 0), 0);
    const flexTotal = weights.reduce((sum, w, i) => sum + (short[i] ? 0 : w), 0);
    sizes = sizes.map((_, i) => (short[i] ? MIN_SEGMENT : ((usable - fixed) * weights[i]!) / flexTotal));
  }
  let at = 0;
  return clusters.map((members, i) => {
    const range: [number, number] = [at, at + sizes[i]!];
    at += sizes[i]! + BREAK_GAP;
    return makeSegment(intervals, members, range);
  });
}
