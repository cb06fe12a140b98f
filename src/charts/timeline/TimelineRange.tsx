import { useRef, useState } from 'react';
import type { TimelineEvent } from '../../data/schema';
import { memoLast } from '../../lib/memo';
import { selectRecords } from '../../state/records';
import { useAppStore } from '../../state/store';
import { isRangeSet } from '../../state/timeRange';

// Sets the time range from the timeline: drag across the years, or with the keyboard press a
// year to take it alone and Shift with another to stretch the range to it. Every view narrows
// through the store's range (setRange), the same as the header's from–to control.

const yearsOf = memoLast((events: readonly TimelineEvent[]): number[] => {
  if (events.length === 0) return [];
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
});

const yearOfRangeEnd = (value: string | null): number | null =>
  value === null ? null : Number(value.slice(0, 4));

export function TimelineRange() {
  // Every year of every event, not only those in range, so a narrowed range can be widened again.
  const years = useAppStore((s) => yearsOf(selectRecords(s, 'events')));
  const range = useAppStore((s) => s.range);
  const setRange = useAppStore((s) => s.setRange);
  const dragFrom = useRef<number | null>(null);
  const dragEnd = useRef<number | null>(null);
  const [dragTo, setDragTo] = useState<number | null>(null);
  if (years.length < 2) return null;
  const from = yearOfRangeEnd(range.from) ?? years[0]!;
  const to = yearOfRangeEnd(range.to) ?? years.at(-1)!;
  const set = (a: number, b: number) =>
    setRange({ from: String(Math.min(a, b)), to: String(Math.max(a, b)) });
  const inDrag = (y: number) =>
    dragFrom.current !== null &&
    dragTo !== null &&
    y >= Math.min(dragFrom.current, dragTo) &&
    y <= Math.max(dragFrom.current, dragTo);

  return (
    <div className="timeline-range">
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled set of buttons; a fieldset is for form fields */}
      <div
        className="timeline-range-years"
        role="group"
        aria-label="Time range: press a year to show it alone; Shift and another year stretch the range"
      >
        {years.map((y) => (
          <button
            key={y}
            type="button"
            className={
              inDrag(y) ? 'timeline-range-year timeline-range-year--dragging' : 'timeline-range-year'
            }
            aria-pressed={isRangeSet(range) && y >= from && y <= to}
            onPointerDown={(e) => {
              // A touch captures the pointer to this button; the drag reads which button it is over.
              if (e.currentTarget.hasPointerCapture?.(e.pointerId))
                e.currentTarget.releasePointerCapture(e.pointerId);
              dragFrom.current = y;
              dragEnd.current = y;
              setDragTo(y);
              // The drag ends wherever the pointer is released, on the strip or off it.
              window.addEventListener(
                'pointerup',
                () => {
                  const start = dragFrom.current;
                  const end = dragEnd.current;
                  if (start !== null && end !== null && start !== end) set(start, end);
                  dragFrom.current = null;
                  dragEnd.current = null;
                  setDragTo(null);
                },
                { once: true },
              );
            }}
            onPointerEnter={() => {
              if (dragFrom.current === null) return;
              dragEnd.current = y;
              setDragTo(y);
            }}
            onClick={(e) => {
              // A drag across years ends on another button, so it never clicks this one.
              if (e.shiftKey && isRangeSet(range)) set(Math.min(y, from), Math.max(y, to));
              else set(y, y);
            }}
          >
            {y}
          </button>
        ))}
      </div>
      {isRangeSet(range) && (
        <button type="button" className="chart-button" onClick={() => setRange({ from: null, to: null })}>
          Show all years
        </button>
      )}
    </div>
  );
}
