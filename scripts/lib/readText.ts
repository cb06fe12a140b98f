import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/data/decodeText.ts';

export { firstInvalidUtf8 } from '../../src/data/decodeText.ts';

/** Reads a file's bytes, saying plainly why when it cannot (missing, a folder, no permission). */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    throw new Error(`${path}: ${reason}`);
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
