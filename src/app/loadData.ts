import type { StoreApi } from 'zustand';
import { ARTICLE_INDEX_FILE, bodyChunkFile, readBodyChunk } from '../data/articleIndex';
import { CHECKED_FILES, DATA_CHECK_FILE, trustedProblems, usableVerdict } from '../data/dataCheck';
import type { FileRead } from '../data/dataFiles';
import { DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from '../data/dataFileTable';
import type { Problem } from '../data/problem';
import { DATA_ORDER, type DatasetRead } from '../data/readDataset';
import type { ArticleEntry, ArticleIndexFile } from '../data/schema';
import {
  finishServed,
  readServedFile,
  readServedIndex,
  type Served,
  type ServedReads,
} from '../data/servedDataset';
import { yieldToMain } from '../lib/yieldToMain';
import type { FetchChunk } from '../state/bodiesSlice';
import type { DataFiles, Loadable } from '../state/dataSlice';
import type { AppState } from '../state/store';
import { type Arrived, arrive, fetchText } from './fetchData';

const toLoadable = <T>(data: T | null, problems: Problem[]): Loadable<T> =>
  data === null ? { status: 'error', problems } : { status: 'ready', data };

/** The fetcher of body chunks for this data folder, for the store to call when a body is asked for. */
export const chunkFetcher =
  (base: string): FetchChunk =>
  async (chunk) => {
    const fetched = await fetchText(base, bodyChunkFile(chunk));
    if (!fetched.ok) return { ok: false, message: fetched.message };
    return readBodyChunk(fetched.text);
  };

/**
 * Bytes the build checked and found without error (src/data/dataCheck.ts): used as parsed, not
 * checked again, with the build's problems (its warnings).
 */
function trustedDataset(
  arrived: ReadonlyMap<string, Arrived>,
  problems: Problem[],
): DatasetRead<ArticleEntry> {
  const json = (file: string): unknown => arrived.get(file)?.json ?? null;
  const index = json(ARTICLE_INDEX_FILE) as ArticleIndexFile;
  const dataset: Record<string, unknown> = { articles: index.articles };
  for (const key of DATA_FILE_KEYS) dataset[key] = json(DATA_FILES[key].file);
  return { dataset: dataset as DatasetRead<ArticleEntry>['dataset'], problems };
}

/** Every file read on its own and then checked against the others, each file in a task of its own. */
async function checkedDataset(arrived: ReadonlyMap<string, Arrived>): Promise<{
  finished: DatasetRead<ArticleEntry>;
  reads: ServedReads;
}> {
  const served = (file: string): Served =>
    arrived.get(file)?.fetched ?? { ok: false, message: 'could not be fetched' };
  const files: Partial<Record<DataFileKey, FileRead<unknown>>> = {};
  for (const key of DATA_FILE_KEYS) {
    await yieldToMain();
    files[key] = readServedFile(key, served(DATA_FILES[key].file));
  }
  const index = readServedIndex(served(ARTICLE_INDEX_FILE));
  await yieldToMain();
  return finishServed(index, files as Record<DataFileKey, FileRead<unknown>>);
}

/**
 * Fetches every data file, the article index and the build's verdict on them. Bytes the verdict
 * covers are parsed and trusted; otherwise each file is read on its own (a bad record is left out
 * and named, a file that cannot be read keeps its problems for the panels that need it) and they
 * are checked against each other as `npm run validate` does, with the build's findings on the
 * quotes. The dataset goes into the store once. Bodies are fetched later, on request
 * (requestBodies). Never rejects.
 */
export async function loadData(store: StoreApi<AppState>, base: string): Promise<void> {
  // The verdict is fetched beside the files it covers, and read by usableVerdict alone.
  const [verdictFile, arrivals] = await Promise.all([
    fetchText(base, DATA_CHECK_FILE),
    Promise.all(CHECKED_FILES.map(async (file) => [file, await arrive(base, file)] as const)),
  ]);
  const arrived: ReadonlyMap<string, Arrived> = new Map(arrivals);
  const start = performance.now();
  // A broken verdict, or one listing an error, sends everything to the full check.
  const verdict = usableVerdict(verdictFile);
  const digests = Object.fromEntries(CHECKED_FILES.map((file) => [file, arrived.get(file)?.digest ?? null]));
  const trusted = verdict === null ? null : trustedProblems(verdict, digests);
  const { finished, reads } =
    trusted === null
      ? await checkedDataset(arrived)
      : { finished: trustedDataset(arrived, trusted), reads: null };
  const { dataset, problems } = finished;
  const fileProblems = (key: (typeof DATA_ORDER)[number]) => reads?.[key].problems ?? [];
  const files = Object.fromEntries(
    DATA_ORDER.map((key) => [key, toLoadable(dataset[key], fileProblems(key))]),
  ) as DataFiles;
  // A file that could not be read shows its problems in place of its panels; the rest are listed.
  const unread = new Set(DATA_ORDER.filter((key) => dataset[key] === null).flatMap(fileProblems));
  const state = store.getState();
  state.setBodySource(chunkFetcher(base));
  state.setDataset(
    files,
    problems.filter((p) => !unread.has(p)),
  );
  // Marks for the benchmarks (scripts/bench): when the dataset went in, and how long reading took
  // (each file's parse as it arrived, then the checks).
  performance.mark('crossroads:data-ready');
  // The early parses count only when used: the full check parses every file again.
  const parsing = trusted === null ? 0 : [...arrived.values()].reduce((sum, a) => sum + a.parseMs, 0);
  performance.measure('crossroads:parse+validate', { start, duration: parsing + performance.now() - start });
}
