import type { MeasureText } from '../textMeasure';
import { layoutLabels } from './labelLayout';
import { segmentTicks } from './timelineTicks';
import type { TimelineInput, TimelineLayout } from './timelineTypes';
import { LINE_HEIGHT, labelText, placeMark, SPAN_STEP, spanLanes, TEXT_SIZE } from './timelineTypes';
import { BREAK_GAP, DAY, intervalOf, layoutSegments } from './timeSegments';

// Wide charts: time runs left to right; dates on top, month and year spans above the axis, day
// points on it, and labels hanging below from leader lines, packed so none overlap.

export function horizontalTimeline(
  events: readonly TimelineInput[],
  width: number,
  measure: MeasureText,
): TimelineLayout {
  const intervals = events.map((e) => intervalOf(e.date, e.precision));
  const segments = layoutSegments(intervals, width);
  const scaleOf = (i: number) => segments.find((s) => s.members.includes(i))!.scale;

  const spans = events.flatMap((e, i) => {
    if (e.precision === 'day') return [];
    const from = scaleOf(i)(intervals[i]!.start);
    return [{ id: e.id, from, to: Math.max(from + 3, scaleOf(i)(intervals[i]!.end)) }];
  });
  const lanes = spanLanes(spans);
  const laneCount = Math.max(0, ...[...lanes.values()].map((l) => l + 1));
  const gridTop = 22;
  const axisY = gridTop + 12 + laneCount * SPAN_STEP + 6;
  const labelTop = axisY + 16;

  const texts = events.map((e) => labelText(e, Math.max(130, Math.min(230, width * 0.42)), measure));
  const anchors = events.map((e, i) => {
    if (e.precision === 'day') return { x: scaleOf(i)(intervals[i]!.start + DAY / 2), y: axisY };
    const span = spans.find((s) => s.id === e.id)!;
    return { x: span.from + 1.5, y: axisY - 12 - (lanes.get(e.id) ?? 0) * SPAN_STEP };
  });
  const placed = layoutLabels(
    events.map((e, i) => ({
      id: e.id,
      anchorX: anchors[i]!.x,
      width: texts[i]!.width,
      height: texts[i]!.height,
    })),
    { top: labelTop, width },
  );

  const marks = events.map((e, i) => {
    const box = placed[i]!;
    const a = anchors[i]!;
    const span = spans.find((s) => s.id === e.id);
    const leader: [number, number][] = [[a.x, box.leaderEnd]];
    if (box.x > a.x) leader.push([box.x - 2, box.leaderEnd]);
    return placeMark(e, texts[i]!, 'horizontal', {
      anchor: a,
      from: span?.from ?? a.x,
      to: span?.to ?? a.x,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      leader,
    });
  });

  const tickBox = (text: string, at: number): [number, number] => {
    const w = measure(text, TEXT_SIZE);
    if (at - w / 2 < 0) return [at, at + w];
    if (at + w / 2 > width) return [at - w, at];
    return [at - w / 2, at + w / 2];
  };
  const ticks = segmentTicks(segments, tickBox).map((t) => {
    const [from] = tickBox(t.text, t.at);
    const anchor =
      from === t.at ? 'start' : from < t.at - measure(t.text, TEXT_SIZE) / 2 - 0.01 ? 'end' : 'middle';
    return { x: t.at, y: 14, text: t.text, anchor: anchor as 'start' | 'middle' | 'end' };
  });
  return {
    orientation: 'horizontal',
    width,
    height: Math.ceil(Math.max(labelTop, ...placed.map((p) => p.y + p.height)) + LINE_HEIGHT / 2),
    axes: segments.map((s) => ({ x1: s.range[0], y1: axisY, x2: s.range[1], y2: axisY })),
    grid: ticks.map((t) => ({ x1: t.x, y1: gridTop, x2: t.x, y2: axisY })),
    breaks: segments.slice(1).map((s) => ({ x: s.range[0] - BREAK_GAP / 2, y: axisY })),
    ticks,
    marks,
  };
}
