import type { MeasureText } from '../textMeasure';
import { horizontalTimeline } from './horizontalTimeline';
import type { TimelineInput, TimelineLayout } from './timelineTypes';
import { intervalOf } from './timeSegments';
import { verticalTimeline } from './verticalTimeline';

/** Below this width the timeline runs down the page: there is no room to hang labels side by side. */
export const VERTICAL_BELOW = 600;

export function computeTimeline(
  inputs: readonly TimelineInput[],
  width: number,
  measure: MeasureText,
): TimelineLayout {
  const events = [...inputs].sort(
    (a, b) => intervalOf(a.date, a.precision).start - intervalOf(b.date, b.precision).start,
  );
  return width < VERTICAL_BELOW
    ? verticalTimeline(events, width, measure)
    : horizontalTimeline(events, width, measure);
}
