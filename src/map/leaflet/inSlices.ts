import { afterNextPaint } from './afterNextPaint';

// Long work run a slice at a time: a generator that yields often, advanced for SLICE_MS per task,
// the next slice posted after the next paint. Canvas drawing is the case: the browser rasterizes
// a canvas's recorded strokes at the frame that shows them, so one task that draws 100,000
// projects holds the main thread for its whole raster (4.2 s at the move's end in the 100k bench,
// docs/BENCHMARKS.md "Map of thousands"); drawn in slices, each frame rasterizes one slice.
// Starting new work for the same owner drops the old; `finish` runs the rest at once, for a click
// that needs all of it.
//
// Counted apart from the map's canvas code, as afterNextPaint.ts is: it is speed work, measured.

/** JavaScript time per slice; its raster, in the frame after it, takes about as long again. */
export const SLICE_MS = 8;

const running = new WeakMap<object, () => void>();

export function inSlices<T>(owner: object, steps: Generator<void, T>, done: (result: T) => void): void {
  const slice = (until: number) => {
    if (running.get(owner) !== finish) return;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        running.delete(owner);
        return done(step.value);
      }
      if (performance.now() > until) return afterNextPaint(steps, () => slice(performance.now() + SLICE_MS));
    }
  };
  const finish = () => slice(Number.POSITIVE_INFINITY);
  running.set(owner, finish);
  slice(performance.now() + SLICE_MS);
}

/** Runs the rest of the owner's work now, if any is left. */
export function finishSlices(owner: object): void {
  running.get(owner)?.();
}
