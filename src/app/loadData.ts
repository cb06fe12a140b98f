import type { StoreApi } from 'zustand';
import { bundleEntries, readBundleEntry } from '../data/articleBundle';
import { DATA_FILES, type DataFileKey, type FileRead, readDataFile } from '../data/dataFiles';
import { decodeText } from '../data/decodeText';
import { collectArticles, DATA_ORDER, type DatasetReads, finishDataset } from '../data/readDataset';
import type { Article } from '../data/schema';
import { mapInSlices, yieldToMain } from '../lib/yieldToMain';
import type { DataContents, DataKey, Loadable } from '../state/dataSlice';
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

/** The article bundle read entry by entry, yielding to the browser between articles so no task runs long. */
export async function readArticleBundleInSlices(
  text: string,
  timed: <T>(work: () => T) => T = (work) => work(),
): Promise<FileRead<Article[]>> {
  const bundle = timed(() => bundleEntries(text));
  if (!bundle.ok) return bundle.read;
  return collectArticles(await mapInSlices(bundle.entries, (entry) => timed(() => readBundleEntry(entry))));
}

const toLoadable = <T>(read: FileRead<T>): Loadable<T> =>
  read.data === null ? { status: 'error', problems: read.problems } : { status: 'ready', data: read.data };

/**
 * Fetches and reads each data file on its own, writing each into the store as it arrives: a bad
 * record is left out and named, a file that cannot be read shows its error in the panels that
 * need it, and the rest still works. Once all are in, the checks across files run and leave out
 * the records they find wrong, as `npm run validate` does. Never rejects.
 */
export async function loadData(store: StoreApi<AppState>, base: string): Promise<void> {
  const { setFile, setDatasetProblems } = store.getState();
  // Time spent parsing and validating, summed over the files (fetches interleave with it), so the
  // benchmark can read it as the measure 'crossroads:parse+validate'.
  let parseMs = 0;
  const timed = <T>(work: () => T): T => {
    const start = performance.now();
    const result = work();
    parseMs += performance.now() - start;
    return result;
  };
  const reads: Partial<DatasetReads> = {};
  const put = <K extends DataKey>(key: K, read: FileRead<DataContents[K]>) => {
    (reads as Record<K, FileRead<DataContents[K]>>)[key] = read;
    setFile(key, toLoadable(read));
  };
  const loadOne = async <K extends DataFileKey>(key: K): Promise<void> => {
    const { file } = DATA_FILES[key];
    const fetched = await fetchText(base, file);
    // Each file is validated in a task of its own, not in the one that received it with the others.
    await yieldToMain();
    const read = fetched.ok ? timed(() => readDataFile(key, fetched.text)) : failed(file, fetched.message);
    put(key, read as FileRead<DataContents[K]>);
  };
  const articlesJob = fetchText(base, 'articles.json').then(async (fetched) => {
    await yieldToMain();
    put(
      'articles',
      fetched.ok ? await readArticleBundleInSlices(fetched.text, timed) : failed('articles', fetched.message),
    );
  });
  await Promise.all([...(Object.keys(DATA_FILES) as DataFileKey[]).map(loadOne), articlesJob]);

  await yieldToMain();
  const all = reads as DatasetReads;
  const { dataset, problems } = timed(() => finishDataset(all));
  for (const key of DATA_ORDER) {
    const kept = dataset[key];
    if (kept !== null && kept !== all[key].data)
      setFile(key, { status: 'ready', data: kept } as Loadable<DataContents[typeof key]>);
  }
  // A file that could not be read shows its problems in place of its panels; the rest are listed.
  const unread = new Set(
    DATA_ORDER.filter((key) => all[key].data === null).flatMap((key) => all[key].problems),
  );
  setDatasetProblems(problems.filter((p) => !unread.has(p)));
  const end = performance.now();
  performance.mark('crossroads:data-ready');
  performance.measure('crossroads:parse+validate', { start: Math.max(0, end - parseMs), duration: parseMs });
}
