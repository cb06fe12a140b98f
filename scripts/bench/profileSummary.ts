// Summaries of a CDP CPU profile and a timeline trace, shared by the profiling scripts.

export interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Self time per function (name, file and line), in milliseconds, largest first. */
export function selfTimes(profile: Profile): [string, number][] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Inclusive time per function whose name matches `focus`, counted once per sample even when it
 * recurses, in milliseconds, largest first.
 */
export function inclusiveTimes(profile: Profile, focus: RegExp): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byNode.get(at)?.callFrame;
      const key = frame ? `${frame.functionName} ${frame.url.split('/').pop() ?? ''}` : '';
      if (!frame || !focus.test(frame.functionName) || seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Complete events on the renderer's main thread, summed by name, in milliseconds. */
export function mainThreadTimes(events: TraceEvent[]): [string, number][] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  for (const e of events)
    if (main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

export interface TimedProfile extends Profile {
  startTime: number;
}
export interface TimedTraceEvent extends TraceEvent {
  ts: number;
}

/**
 * The main thread's tasks longer than `minMs`, in order, each with its start (milliseconds after
 * the first request the trace saw) and the functions with the most self time inside it.
 */
export function longTasks(
  events: TimedTraceEvent[],
  profile: TimedProfile,
  minMs: number,
): { start: number; ms: number; top: string }[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const zero = events.find((e) => e.name === 'ResourceSendRequest')?.ts ?? 0;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const stamps: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) {
    t += d;
    stamps.push(t);
  }
  const tasks = events.filter(
    (e) =>
      main &&
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.name === 'RunTask' &&
      (e.dur ?? 0) >= minMs * 1000,
  );
  return tasks
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const totals = new Map<string, number>();
      profile.samples.forEach((id, k) => {
        const at = stamps[k] ?? 0;
        if (at < task.ts || at > task.ts + (task.dur ?? 0)) return;
        const frame = byNode.get(id)?.callFrame;
        const name = frame?.functionName || '(anonymous)';
        if (name === '(program)' || name === '(idle)') return;
        totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
      });
      // Trace events inside the task too: native work (parsing, style, loading) has no JS samples.
      for (const e of events)
        if (
          e !== task &&
          e.pid === task.pid &&
          e.tid === task.tid &&
          e.ph === 'X' &&
          e.ts >= task.ts &&
          e.ts < task.ts + (task.dur ?? 0) &&
          (e.dur ?? 0) >= 2000
        )
          totals.set(`[${e.name}]`, Math.max(totals.get(`[${e.name}]`) ?? 0, (e.dur ?? 0) / 1000));
      const top = [...totals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([n, v]) => `${n} ${v.toFixed(0)}`)
        .join(', ');
      return { start: (task.ts - zero) / 1000, ms: (task.dur ?? 0) / 1000, top };
    });
}

/** Prints the functions with the most self time and the inclusive time of those `focus` names. */
export function printFunctionTimes(profile: Profile, top: number, focus: string, over: string): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
  console.log(`\nself time, top ${top} functions${over}:`);
  for (const [name, total] of selfTimes(profile).slice(0, top)) console.log(`  ${ms(total)}  ${name}`);
  console.log(`\ninclusive time of functions matching /${focus}/:`);
  for (const [name, total] of inclusiveTimes(profile, new RegExp(focus)).slice(0, top))
    console.log(`  ${ms(total)}  ${name}`);
}
