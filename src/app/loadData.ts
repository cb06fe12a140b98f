import type { StoreApi } from 'zustand';
import {
  ARTICLE_INDEX_FILE,
  type ArticleIndexRead,
  bodyChunkFile,
  readArticleIndex,
  readBodyChunk,
} from '../data/articleIndex';
import { type FileRead, readDataFile } from '../data/dataFiles';
import { ARTICLES, DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from '../data/dataFileTable';
import { decodeText } from '../data/decodeText';
import type { Problem } from '../data/problem';
import { DATA_ORDER, finishDataset, type ReadsOf } from '../data/readDataset';
import type { ArticleEntry } from '../data/schema';
import { yieldToMain } from '../lib/yieldToMain';
import type { FetchChunk } from '../state/bodiesSlice';
import type { DataFiles, Loadable } from '../state/dataSlice';
import type { AppState } from '../state/store';

type Fetched = { ok: true; text: string } | { ok: false; message: string };

const failed = <T>(file: string, message: string): FileRead<T> => ({
  data: null,
  problems: [{ level: 'error', file, record: null, field: null, message }],
});

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
    const decoded = decodeText(new Uint8Array(await response.arrayBuffer()));
    const page =
      (response.headers.get('content-type') ?? '').includes('text/html') ||
      (decoded.ok && /^\s*<!doctype html/i.test(decoded.text));
    if (page) return { ok: false, message: 'the file is missing' };
    return decoded;
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

/**
 * Fetches every data file and the article index, reads each on its own (a bad record is left out
 * and named, a file that cannot be read keeps its problems for the panels that need it), checks
 * them against each other as `npm run validate` does, with the build's findings on the quotes,
 * and puts the checked dataset into the store once. Bodies are fetched later, on request
 * (requestBodies). Never rejects.
 */
export async function loadData(store: StoreApi<AppState>, base: string): Promise<void> {
  const [indexText, ...fileTexts] = await Promise.all([
    fetchText(base, ARTICLE_INDEX_FILE),
    ...DATA_FILE_KEYS.map((key) => fetchText(base, DATA_FILES[key].file)),
  ]);
  const start = performance.now();
  const reads: Partial<ReadsOf<ArticleEntry>> = {};
  for (const [i, key] of DATA_FILE_KEYS.entries()) {
    // Each file is read in a task of its own, not in one with all the others.
    await yieldToMain();
    const fetched = fileTexts[i] as Fetched;
    const { file } = DATA_FILES[key];
    (reads as Record<DataFileKey, FileRead<unknown>>)[key] = fetched.ok
      ? readDataFile(key, fetched.text)
      : failed(file, fetched.message);
  }
  const index: ArticleIndexRead = indexText?.ok
    ? readArticleIndex(indexText.text)
    : {
        read: failed(
          ARTICLES.folder,
          `the article index ${indexText?.ok === false ? indexText.message : 'could not be fetched'}`,
        ),
        bodyProblems: [],
      };
  reads.articles = index.read;
  await yieldToMain();
  const all = reads as ReadsOf<ArticleEntry>;
  const { dataset, problems } = finishDataset(all, index.bodyProblems);
  const files = Object.fromEntries(
    DATA_ORDER.map((key) => [key, toLoadable(dataset[key], all[key].problems)]),
  ) as DataFiles;
  // A file that could not be read shows its problems in place of its panels; the rest are listed.
  const unread = new Set(
    DATA_ORDER.filter((key) => all[key].data === null).flatMap((key) => all[key].problems),
  );
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
