// The one way Crossroads turns a file's bytes into text: the validator and ingest (from disk) and
// the app (from fetch) all call decodeText, so a file one accepts the other accepts, character
// for character.

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/**
 * Checks text that is already decoded: drops a leading byte-order mark (an editor's artefact, not
 * content) and refuses NUL characters, which no article or data file contains on purpose.
 */
export function checkText(text: string): Decoded {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nul = body.indexOf('\u0000');
  if (nul >= 0)
    return {
      ok: false,
      message: `the file contains a NUL character (U+0000) on line ${lineAt(body, nul)}; it may be binary, or UTF-16 without a byte-order mark`,
    };
  return { ok: true, text: body };
}

/**
 * Decodes UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark. Anything
 * else that is not valid UTF-8 is refused with the place of the first bad byte, never read as
 * replacement characters ("Caf�").
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    // Refused below, with the place of the first bad byte.
  }
  const bad = firstInvalidUtf8(bytes) ?? 0;
  const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const hint = bytes.includes(0)
    ? 'it looks like UTF-16 without a byte-order mark; save it as UTF-8'
    : 'it may be Latin-1 or Windows-1252; convert it first, for example: iconv -f WINDOWS-1252 -t UTF-8';
  return { ok: false, message: `the file is not valid UTF-8 (byte 0x${byte} on line ${line}); ${hint}` };
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
