// Work that must not hold up the paint of the interaction that caused it: run in a task posted
// from the next animation frame, so it starts once that frame has painted. Calls for the same
// owner made before then run once (the work reads the latest state when it runs). The canvas
// draws this way after a filter click, and the project list fills in the rows below its box
// (../useRestAfterPaint.ts).
//
// Counted apart from the map's canvas code (docs/BENCHMARKS.md, "Map of thousands"): it is the
// speed work of issue 19, which took the canvas's raster out of a filter click's task.

const pending = new WeakSet<object>();

export function afterNextPaint(owner: object, run: () => void): void {
  if (pending.has(owner)) return;
  pending.add(owner);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      pending.delete(owner);
      run();
    };
    channel.port2.postMessage(null);
  });
}
