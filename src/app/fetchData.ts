import { sha256Hex } from '../data/dataCheck';
import { decodeText } from '../data/decodeText';
import { yieldToMain } from '../lib/yieldToMain';
import { readResponse, takeEarly } from './earlyFetch';

// How the app fetches its data files: decoded as the validator decodes them (fetchText), and,
// for the first load's files, hashed and parsed as each arrives (arrive).

/** A file as fetched: its text and bytes (the verdict covers the bytes), or why there is none. */
export type Fetched = { ok: true; text: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Fetches a data file and decodes it with the validator's decoder. A missing file is said to be
 * missing: a static server answers an unknown path with 404, or with the app's own page.
 */
export async function fetchText(base: string, file: string): Promise<Fetched> {
  try {
    const path = `${base}${file}`;
    const response = await (takeEarly(path) ?? readResponse(path));
    if (response.status === 404)
      return { ok: false, message: 'the file is missing (the server answered 404)' };
    if (response.status < 200 || response.status > 299)
      return { ok: false, message: `the server answered ${response.status} ${response.statusText}`.trim() };
    const { bytes } = response;
    const decoded = decodeText(bytes);
    const page =
      response.contentType.includes('text/html') || (decoded.ok && /^\s*<!doctype html/i.test(decoded.text));
    if (page) return { ok: false, message: 'the file is missing' };
    return decoded.ok ? { ...decoded, bytes } : decoded;
  } catch (error) {
    return {
      ok: false,
      message: `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * A first-load file as it arrived: its digest and its JSON are made as soon as it comes, while
 * the larger files are still on their way (at corpus scale the data takes about a tenth of a
 * second to arrive), rather than all after the last one.
 */
export interface Arrived {
  fetched: Fetched;
  /** SHA-256 of the bytes; null when not fetched or where there is no Web Crypto. */
  digest: string | null;
  /** The parsed JSON; null when not fetched or not JSON (the full check reads it again and says why). */
  json: unknown;
  /** How long parsing took, for the benchmarks' measure of reading. */
  parseMs: number;
}

export async function arrive(base: string, file: string): Promise<Arrived> {
  const fetched = await fetchText(base, file);
  if (!fetched.ok) return { fetched, digest: null, json: null, parseMs: 0 };
  // Hashed by the platform off this thread, while this thread parses, in a task of its own. A
  // digest that cannot be made vouches for nothing: the full check runs.
  const digest = sha256Hex(fetched.bytes).catch(() => null);
  await yieldToMain();
  const start = performance.now();
  let json: unknown = null;
  try {
    json = JSON.parse(fetched.text);
  } catch {
    // Not JSON: no verdict vouches for it, and the full check names the problem.
  }
  return { fetched, digest: await digest, json, parseMs: performance.now() - start };
}
