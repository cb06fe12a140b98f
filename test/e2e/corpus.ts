import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CORPUS_DEFAULTS,
  type CorpusOptions,
  corpusCounts,
  generateCorpus,
} from '../../scripts/corpus/corpus';
import { writeDataset } from '../../scripts/corpus/writeDataset';
import { type Served, serveData } from './serveData';

// The shared e2e build on the generated corpus, for e2e files that need a decade of data. The
// corpus is cached under dist-e2e/ (git-ignored) and reused while the generator's source and
// options are unchanged. Within one process it is served once to every caller.

export interface ServedCorpus extends Served {
  /** The generated data folder the build was made from. */
  dataDir: string;
  /** How many records of each kind it holds. */
  counts: ReturnType<typeof corpusCounts>;
}

const CACHE = 'dist-e2e';
const GENERATOR_INPUTS = ['scripts/corpus', 'data/countries.json', 'src/data'];

/** A hash of every file under the paths, by path and content, in a fixed order. */
function hashOf(paths: readonly string[], extra: string): string {
  const hash = createHash('sha256').update(extra);
  const files = paths.flatMap((path) => {
    if (!existsSync(path)) return [];
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  });
  for (const file of files.sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const stampMatches = (stamp: string, hash: string) =>
  existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;

/** Generates the corpus into the cache unless the same generator and options made it already. */
function corpusData(options: CorpusOptions): { dataDir: string } {
  const dataDir = join(CACHE, 'corpus-data');
  const stamp = join(CACHE, 'corpus-data.hash');
  const hash = hashOf(GENERATOR_INPUTS, JSON.stringify(options));
  if (!stampMatches(stamp, hash)) {
    writeDataset(dataDir, generateCorpus(options, readFileSync('data/countries.json', 'utf8')));
    writeFileSync(stamp, hash);
  }
  return { dataDir };
}

const served = new Map<string, Promise<ServedCorpus>>();

/** The app served on the corpus on a loopback port; `close` stops the server. */
export function serveCorpus(options: CorpusOptions = CORPUS_DEFAULTS): Promise<ServedCorpus> {
  const key = JSON.stringify(options);
  const running = served.get(key);
  if (running !== undefined) return running;
  const starting = (async () => {
    const { dataDir } = corpusData(options);
    const server = await serveData(dataDir);
    return {
      ...server,
      dataDir,
      counts: corpusCounts(options),
      close: async () => {
        served.delete(key);
        await server.close();
      },
    };
  })();
  served.set(key, starting);
  return starting;
}
