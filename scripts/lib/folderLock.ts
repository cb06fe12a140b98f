import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// One writer per folder at a time. Two ingests that each checked "this file is new" and then both
// wrote would let the second overwrite the first without --force; under the lock, the second plans
// only once the first has finished, so it sees the first one's files. The lock is a file created
// exclusively ('wx'), holding the owner's process id; a lock whose owner has died is taken over.

export const LOCK_NAME = '.ingest.lock';

/** Whether a process with this id is running (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The process holding the lock, or null when the lock is stale (its owner died) or gone. */
function owner(path: string): number | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  if (Number.isInteger(pid) && pid > 0) return isAlive(pid) ? pid : null;
  // Created but not yet written: the owner is between two system calls, unless it died there.
  try {
    return Date.now() - statSync(path).mtimeMs < 5000 ? -1 : null;
  } catch {
    return null;
  }
}

/** The folder is held by another live process (`pid`; -1 while it is still writing the lock). */
export class FolderLockedError extends Error {
  constructor(
    readonly pid: number,
    message: string,
  ) {
    super(message);
  }
}

export interface LockOptions {
  /** The lock file's name in the folder (default: ingest's). */
  name?: string;
  /** Who holds such a lock, for the message ("another ingest"). */
  holder?: string;
  /** How long to wait for another process to finish before giving up. */
  waitMs?: number;
  /** Called once if the lock is held by another live process, before waiting for it. */
  onWait?: (pid: number) => void;
  /** Called when a stale lock, left by a process that died, is taken over. */
  onStale?: () => void;
}

/** Takes the folder's lock, waiting for another live owner to release it; returns the release. */
export function lockFolder(
  dir: string,
  { name = LOCK_NAME, holder = 'another ingest', waitMs = 60_000, onWait, onStale }: LockOptions = {},
): () => void {
  const path = join(dir, name);
  const deadline = Date.now() + waitMs;
  let waited = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = owner(path);
    // Two runs finding the same stale lock at once could both take it over; that needs a crashed
    // run and two new ones within milliseconds, and each still writes every file atomically.
    if (pid === null) {
      onStale?.();
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new FolderLockedError(
        pid,
        `${holder} (process ${pid}) is still writing to ${dir}; try again once it has finished`,
      );
    if (!waited) onWait?.(pid);
    waited = true;
    sleep(50);
  }
}
