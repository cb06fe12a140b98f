import type { StateCreator } from 'zustand';
import { ALL_TIME, orderedRange, type TimeRange } from './timeRange';

export interface RangeSlice {
  /** The months every view is narrowed to, both ends inclusive ('YYYY' or 'YYYY-MM'); null ends are open. */
  range: TimeRange;
  /** Sets the range; a reversed range is put in order. Each call is one Back step in the history. */
  setRange: (range: TimeRange) => void;
}

export const createRangeSlice: StateCreator<RangeSlice, [], [], RangeSlice> = (set, get) => ({
  range: ALL_TIME,
  setRange: (range) => {
    const next = orderedRange(range);
    const current = get().range;
    // The same range keeps its object, so selectors and the history see no change.
    if (next.from === current.from && next.to === current.to) return;
    set({ range: next.from === null && next.to === null ? ALL_TIME : { from: next.from, to: next.to } });
  },
});
