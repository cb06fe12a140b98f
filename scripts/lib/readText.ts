import { readFileSync } from 'node:fs';

/**
 * Reads a text file as UTF-8, accepting a UTF-8 or UTF-16 byte-order mark. Anything else that is
 * not valid UTF-8 is refused with a message saying where, rather than read as mojibake.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Refused below, with the place of the first bad byte.
  }
  const bad = firstInvalidUtf8(bytes) ?? 0;
  const before = bytes.subarray(0, bad);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const hint = bytes.includes(0)
    ? 'it looks like UTF-16 without a byte-order mark; save it as UTF-8'
    : 'it may be Latin-1 or Windows-1252; convert it first, for example: iconv -f WINDOWS-1252 -t UTF-8';
  throw new Error(`${path}: the file is not valid UTF-8 (byte 0x${byte} on line ${line}); ${hint}`);
}

/** Offset of the first byte that breaks UTF-8 (bad lead, bad continuation, overlong, surrogate); null if none. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const [length, min] =
      b < 0x80 ? [1, 0] : b >= 0xc2 && b < 0xe0 ? [2, 0x80] : b < 0xf0 ? [3, 0x800] : [4, 0x10000];
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    if (i + length > bytes.length) return i;
    let code = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return null;
}
