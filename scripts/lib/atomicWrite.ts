import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a caller (a test) may run between the steps of a write; product code passes none. */
export interface WriteHooks {
  /** Runs once the temp file is complete and flushed, just before it is renamed over the target. */
  beforeRename?: (temp: string, path: string) => void;
}

/** Temp names say which process wrote them, so a later run can tell a live write from a leftover. */
const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * A temp file's path for `path`: hidden, beside it, ending in .tmp (the validator reads only *.md
 * and *.json; git ignores *.tmp), and unique to this process and this write.
 */
export const tempPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

/** The target and writing process of a temp file's name, or null for any other name. */
export function parseTempName(name: string): { target: string; pid: number } | null {
  const match = TEMP.exec(name);
  return match ? { target: match[1] as string, pid: Number(match[2]) } : null;
}

/** The file a path ends at (through symlinks), and its permission bits; the path itself when new. */
function targetOf(path: string): { target: string; mode: number | null } {
  try {
    const target = realpathSync(path);
    return { target, mode: statSync(target).mode & 0o7777 };
  } catch {
    return { target: path, mode: null };
  }
}

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes
 * go to a temp file in the same folder, are flushed to disk, then renamed over the target. A
 * symlink is written through (the file it points to gets the content; the link stays), and an
 * existing file keeps its permissions.
 */
export function writeFileAtomic(given: string, content: string, hooks: WriteHooks = {}): void {
  const { target: path, mode } = targetOf(given);
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, content);
      if (mode !== null) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.beforeRename?.(temp, path);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
