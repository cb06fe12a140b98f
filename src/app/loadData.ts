import type { StoreApi } from 'zustand';
import { ARTICLE_INDEX_FILE, bodyChunkFile, readBodyChunk } from '../data/articleIndex';
import { CHECKED_FILES, DATA_CHECK_FILE, sha256Hex, trustedProblems, usableVerdict } from '../data/dataCheck';
import type { FileRead } from '../data/dataFiles';
import { DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from '../data/dataFileTable';
import { decodeText } from '../data/decodeText';
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

/** A file as fetched: its text and bytes (the verdict covers the bytes), or why there is none. */
type Fetched = { ok: true; text: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Fetches a data file and decodes it with the validator's decoder. A missing file is said to be
 * missing: a static server answers an unknown path with 404, or with the app's own page.
 */
async function fetchText(base: string, file: string): Promise<Fetched> {
  try {
    const response = await fetch(`${base}${file}`);
    if (response.status === 404)
      return { ok: false, message: 'the file is missing (the server answered 404)' };
    if (!response.ok)
      return { ok: false, message: `the server answered ${response.status} ${response.statusText}`.trim() };
    const bytes = new Uint8Array(await response.arrayBuffer());
    const decoded = decodeText(bytes);
    const page =
      (response.headers.get('content-type') ?? '').includes('text/html') ||
      (decoded.ok && /^\s*<!doctype html/i.test(decoded.text));
    if (page) return { ok: false, message: 'the file is missing' };
    return decoded.ok ? { ...decoded, bytes } : decoded;
  } catch (error) {
    return {
      ok: false,
      message: `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

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

/** Each checked file's digest as fetched; null for a file not fetched or where there is no Web Crypto. */
async function digestsOf(fetched: ReadonlyMap<string, Fetched>): Promise<Record<string, string | null>> {
  const pairs = await Promise.all(
    CHECKED_FILES.map(async (file) => {
      const f = fetched.get(file);
      return [file, f?.ok ? await sha256Hex(f.bytes) : null] as const;
    }),
  );
  return Object.fromEntries(pairs);
}

/**
 * Bytes the build checked and found without error (src/data/dataCheck.ts): parsed, not checked
 * again, with the build's problems (its warnings). Each file in a task of its own.
 */
async function trustedDataset(
  fetched: ReadonlyMap<string, Fetched>,
  problems: Problem[],
): Promise<DatasetRead<ArticleEntry>> {
  const json = async (file: string): Promise<unknown> => {
    await yieldToMain();
    const f = fetched.get(file);
    return f?.ok ? JSON.parse(f.text) : null;
  };
  const index = (await json(ARTICLE_INDEX_FILE)) as ArticleIndexFile;
  const dataset: Record<string, unknown> = { articles: index.articles };
  for (const key of DATA_FILE_KEYS) dataset[key] = await json(DATA_FILES[key].file);
  return { dataset: dataset as DatasetRead<ArticleEntry>['dataset'], problems };
}

/** Every file read on its own and then checked against the others, each file in a task of its own. */
async function checkedDataset(fetched: ReadonlyMap<string, Fetched>): Promise<{
  finished: DatasetRead<ArticleEntry>;
  reads: ServedReads;
}> {
  const served = (file: string): Served =>
    fetched.get(file) ?? { ok: false, message: 'could not be fetched' };
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
  const names = [...CHECKED_FILES, DATA_CHECK_FILE];
  const texts = await Promise.all(names.map((file) => fetchText(base, file)));
  const fetched = new Map(names.map((file, i) => [file, texts[i] as Fetched]));
  const start = performance.now();
  // Hashed only when the verdict could vouch for the bytes: a broken one, or one listing an
  // error, sends everything to the full check anyway.
  const verdict = usableVerdict(fetched.get(DATA_CHECK_FILE) as Fetched);
  const trusted = verdict === null ? null : trustedProblems(verdict, await digestsOf(fetched));
  const { finished, reads } =
    trusted === null
      ? await checkedDataset(fetched)
      : { finished: await trustedDataset(fetched, trusted), reads: null };
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
  // Marks for the benchmarks (scripts/bench): when the dataset went in, and how long reading took.
  performance.mark('crossroads:data-ready');
  performance.measure('crossroads:parse+validate', { start, end: performance.now() });
}
