import type { MeasureText } from '../textMeasure';
import { stackLabels } from './labelLayout';
import { segmentTicks } from './timelineTicks';
import type { TimelineInput, TimelineLayout } from './timelineTypes';
import {
  LINE_HEIGHT,
  labelText,
  placeMark,
  SPAN_STEP,
  SPAN_WIDTH,
  spanLanes,
  TEXT_SIZE,
} from './timelineTypes';
import { type AxisSegment, BREAK_GAP, clusterIntervals, DAY, intervalOf, makeSegment } from './timeSegments';

// Narrow charts: time runs down the page. Labels sit to the right in the order of their marks,
// each at its mark or pushed just below the previous label, so none overlap and no leader
// crosses another, however many events share a day.

export function verticalTimeline(
  events: readonly TimelineInput[],
  width: number,
  measure: MeasureText,
): TimelineLayout {
  const intervals = events.map((e) => intervalOf(e.date, e.precision));
  const clusters = clusterIntervals(intervals);
  const tickWidth = Math.ceil(measure('30 Sep 2025', TEXT_SIZE)) + 4;
  const axisX = tickWidth + 10;
  const spanIds = events.filter((e) => e.precision !== 'day').map((e) => e.id);
  const laneCount = spanIds.length > 0 ? 1 : 0;
  const labelX = axisX + 14 + laneCount * SPAN_STEP + 10;
  const texts = events.map((e) => labelText(e, width - labelX - 4, measure));

  const segments: AxisSegment[] = [];
  const labelY = new Map<string, number>();
  let lanes = new Map<string, number>();
  let top = 8;
  for (const members of clusters) {
    const needed = members.reduce((sum, m) => sum + texts[m]!.height + 8, 0);
    // Long enough for distinct days to sit 10 px apart, within reason for the labels beside them.
    const probe = makeSegment(intervals, members, [0, 1]);
    const days = (probe.domain[1] - probe.domain[0]) / DAY;
    const length = Math.max(100, needed * 0.9, Math.min(days * 10, needed * 1.4));
    const segment = makeSegment(intervals, members, [top, top + length]);
    segments.push(segment);
    const segmentSpans = members
      .filter((m) => events[m]!.precision !== 'day')
      .map((m) => ({
        id: events[m]!.id,
        from: segment.scale(intervals[m]!.start),
        to: segment.scale(intervals[m]!.end),
      }));
    lanes = new Map([...lanes, ...spanLanes(segmentSpans)]);
    const want = (m: number) =>
      (events[m]!.precision === 'day'
        ? segment.scale(intervals[m]!.start + DAY / 2)
        : segment.scale(intervals[m]!.start)) -
      LINE_HEIGHT / 2;
    const stacked = stackLabels(
      members.map((m) => ({ id: events[m]!.id, want: want(m), height: texts[m]!.height })),
      top,
    );
    for (const [id, y] of stacked) labelY.set(id, y);
    const bottom = Math.max(
      top + length,
      ...members.map((m) => (stacked.get(events[m]!.id) ?? 0) + texts[m]!.height),
    );
    top = bottom + BREAK_GAP;
  }
  const scaleOf = (i: number) => segments.find((s) => s.members.includes(i))!.scale;

  const marks = events.map((e, i) => {
    const scale = scaleOf(i);
    const y = labelY.get(e.id) ?? 0;
    const lane = lanes.get(e.id) ?? 0;
    const from = scale(intervals[i]!.start);
    const anchor =
      e.precision === 'day'
        ? { x: axisX, y: scale(intervals[i]!.start + DAY / 2) }
        : { x: axisX + 8 + lane * SPAN_STEP + SPAN_WIDTH / 2, y: from + 2 };
    const firstLine = y + LINE_HEIGHT / 2;
    return placeMark(e, texts[i]!, 'vertical', {
      anchor,
      from,
      to: scale(intervals[i]!.end),
      box: { x: labelX, y, width: Math.min(texts[i]!.width, width - labelX), height: texts[i]!.height },
      leader: [
        [labelX - 12, firstLine],
        [labelX - 4, firstLine],
      ],
    });
  });

  const ticks = segmentTicks(segments, (_text, at) => [at - 8, at + 8], 4).map((t) => ({
    x: axisX - 8,
    y: t.at + 4,
    text: t.text,
    anchor: 'end' as const,
  }));
  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(top - BREAK_GAP + 8),
    axes: segments.map((s) => ({ x1: axisX, y1: s.range[0], x2: axisX, y2: s.range[1] })),
    grid: ticks.map((t) => ({ x1: axisX - 4, y1: t.y - 4, x2: axisX, y2: t.y - 4 })),
    breaks: segments.slice(1).map((s) => ({ x: axisX, y: s.range[0] - BREAK_GAP / 2 })),
    ticks,
    marks,
  };
}
