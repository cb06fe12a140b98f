import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { decodeText } from '../../src/data/decodeText.ts';

export { firstInvalidUtf8 } from '../../src/data/decodeText.ts';

/** What a path is when it is not a regular file: a FIFO or a device would block or never end. */
function notARegularFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'this is a folder, not a file';
  if (stats.isFIFO()) return 'this is a named pipe (FIFO), not a regular file: save the page to a file first';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'this is a device, not a regular file';
  if (stats.isSocket()) return 'this is a socket, not a regular file';
  return 'this is not a regular file';
}

/**
 * Reads a file's bytes, saying plainly why when it cannot (missing, a folder, no permission). Only
 * regular files are read: the path is opened without blocking and checked before any read, so a
 * FIFO or a device is refused at once rather than hanging.
 */
export function readBytes(path: string): Buffer {
  let fd: number | null = null;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const why = notARegularFile(fstatSync(fd));
    if (why !== null) throw new Error(`${path}: ${why}`);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof Error && !('code' in error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    throw new Error(`${path}: ${reason}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Reads a text file with the app's own decoder (src/data/decodeText): UTF-8, or UTF-16 with a
 * byte-order mark. Other encodings and NUL characters are refused with a message saying where.
 */
export function readTextFile(path: string): string {
  const decoded = decodeText(readBytes(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
  return decoded.text;
}
