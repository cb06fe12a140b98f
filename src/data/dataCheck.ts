import { ARTICLE_INDEX_FILE } from './articleIndex.ts';
import { DATA_FILE_KEYS, DATA_FILES } from './dataFileTable.ts';
import type { Problem } from './problem.ts';
import { type DataCheckFile, dataCheckFileSchema } from './schema.ts';
import type { Served } from './servedDataset.ts';

// The build reads and checks every file it serves, with the app's own reader; at corpus scale that
// is about a third of a second of the app's first load (zod over every record, and every quote
// checked for the value it states). So the build ships its verdict, and the app trusts it for the
// bytes it covers and for nothing else.
//
// Threat model: files changed after the build (a hand edit on the server, a half-copied deploy, a
// proxy rewriting them) and a verdict that is missing, stale or broken. Any of these, and any
// error in the verdict, sends the app through the full check, which reports exactly what
// `npm run validate` does. Not in it: a server that lies on purpose; it could serve any data at all.

/** The verdict's file in /data/. */
export const DATA_CHECK_FILE = 'data-check.json';

/** The files the verdict covers: the article index and every data file. */
export const CHECKED_FILES: readonly string[] = [
  ARTICLE_INDEX_FILE,
  ...DATA_FILE_KEYS.map((key) => DATA_FILES[key].file),
];

/** A verdict the app may use: one that parses and lists no error. */
export type Verdict = DataCheckFile;

/** The verdict fetched, when it parses and lists no error; else null: check everything. */
export function usableVerdict(fetched: Served): Verdict | null {
  if (!fetched.ok) return null;
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch {
    return null;
  }
  const parsed = dataCheckFileSchema.safeParse(json);
  if (!parsed.success || parsed.data.problems.some((p) => p.level === 'error')) return null;
  return parsed.data;
}

/**
 * The problems to show without checking again: the verdict's, when it names for every checked
 * file the digest that file's bytes have now (`digests`, null where a file was not fetched or
 * could not be hashed). Otherwise null: check everything.
 */
export function trustedProblems(
  verdict: Verdict,
  digests: Readonly<Record<string, string | null>>,
): Problem[] | null {
  const same = CHECKED_FILES.every(
    (file) => digests[file] != null && digests[file] === verdict.digests[file],
  );
  return same ? verdict.problems : null;
}

/** SHA-256 of the bytes in hex, by the platform's Web Crypto; null where there is none (an insecure origin). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
