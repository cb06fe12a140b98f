import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANIFEST_FILE } from './dataset';

/**
 * Writes generated files into `out`, replacing an earlier generated folder completely (stale
 * articles would otherwise linger). Refuses a non-empty folder the generator did not write, so a
 * slip of --out can never overwrite the curated data/. Returns the bytes written.
 */
export function writeDataset(out: string, files: ReadonlyMap<string, string>): number {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MANIFEST_FILE))) {
    throw new Error(
      `${out} is not empty and was not written by the generator; choose an empty or new folder`,
    );
  }
  rmSync(join(out, 'articles'), { recursive: true, force: true });
  let bytes = 0;
  for (const [path, text] of files) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
