import { existsSync } from 'node:fs';
import { run } from '../../../scripts/ingest';
import type { IngestHooks } from '../../../scripts/lib/ingestWrite';

// The ingest CLI as a real process, with hooks the tests pass in (product code has no test
// switches). The first argument says where to pause, the rest are ingest's own:
//   node --import tsx test/unit/scripts/ingestWithHooks.ts '<spec JSON>' <page> --out <dir> …
// spec: { "at": "beforeRename" | "whileLocked", "from": n, "ms": wait, "untilFile": path }
// It pauses at the n-th time it reaches that step (default the first) and every later one, says so
// on stderr, and waits `ms`, or until `untilFile` exists.

interface PauseSpec {
  at: 'beforeRename' | 'whileLocked';
  from?: number;
  ms?: number;
  untilFile?: string;
}

const [specText = '{}', ...argv] = process.argv.slice(2);
const spec = JSON.parse(specText) as PauseSpec;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let reached = 0;

function pause(what: string): void {
  reached++;
  if (reached < (spec.from ?? 1)) return;
  process.stderr.write(`hook: paused ${what}\n`);
  const until = Date.now() + (spec.ms ?? 60_000);
  while (Date.now() < until && !(spec.untilFile && existsSync(spec.untilFile))) sleep(20);
}

const hooks: IngestHooks =
  spec.at === 'beforeRename'
    ? { beforeRename: (temp, path) => pause(`before renaming ${temp} to ${path}`) }
    : { whileLocked: () => pause('while holding the lock') };
run(argv, hooks);
