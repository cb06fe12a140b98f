import { createHash } from 'node:crypto';
import { ARTICLE_INDEX_FILE } from '../../src/data/articleIndex.ts';
import { CHECKED_FILES } from '../../src/data/dataCheck.ts';
import { DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from '../../src/data/dataFileTable.ts';
import { decodeText } from '../../src/data/decodeText.ts';
import type { DataCheckFile } from '../../src/data/schema.ts';
import { readServedDataset, type Served } from '../../src/data/servedDataset.ts';

// The build's verdict (src/data/dataCheck.ts says how the app uses it): the digest of every file
// exactly as it is served, and the problems the app's own reader finds in exactly those bytes.

/** SHA-256 in hex, as src/data/dataCheck.ts sha256Hex computes it in the browser. */
export const sha256HexOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The verdict's text, given what the server answers for each name (null: no such file). */
export function dataCheckText(served: (name: string) => string | Buffer | null): string {
  const digests: Record<string, string> = {};
  const read = (name: string): Served => {
    const body = served(name);
    if (body === null) return { ok: false, message: 'the file is missing' };
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    digests[name] = sha256HexOf(bytes);
    return decodeText(bytes);
  };
  const index = read(ARTICLE_INDEX_FILE);
  const files = Object.fromEntries(DATA_FILE_KEYS.map((key) => [key, read(DATA_FILES[key].file)]));
  const { finished } = readServedDataset(index, files as Record<DataFileKey, Served>);
  const verdict: DataCheckFile = {
    digests: Object.fromEntries(
      CHECKED_FILES.flatMap((name) => (name in digests ? [[name, digests[name] as string]] : [])),
    ),
    problems: finished.problems,
  };
  return JSON.stringify(verdict);
}
