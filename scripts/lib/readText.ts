import { readFileSync } from 'node:fs';

/**
 * Reads a text file as UTF-8, accepting a UTF-8 or UTF-16 byte-order mark. Anything else that is
 * not valid UTF-8 is refused with a message, rather than read as mojibake.
 */
export function readTextFile(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(
      `${path}: the file is not valid UTF-8; convert it first, for example: iconv -f WINDOWS-1252 -t UTF-8`,
    );
  }
}
