import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temp files are hidden and end in .tmp: the validator reads only *.md and *.json, git ignores *.tmp. */
export const tempPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes
 * go to a temp file in the same folder, are flushed to disk, then renamed over the target.
 */
export function writeFileAtomic(path: string, content: string): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    pauseForKillTest(temp, path);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

let writes = 0;

/**
 * Test hook: CROSSROADS_TEST_SLOW_WRITE=<ms>[@<n>] makes the n-th write of this process (default
 * the first) and every later one announce on stderr that its temp file is complete, then wait
 * <ms> before the rename, so a test can kill the process at exactly that moment.
 */
function pauseForKillTest(temp: string, path: string): void {
  writes++;
  const [ms = 0, from = 1] = (process.env.CROSSROADS_TEST_SLOW_WRITE ?? '').split('@').map(Number);
  if (!(ms > 0) || writes < from) return;
  process.stderr.write(`atomicWrite: paused before renaming ${temp} to ${path}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
