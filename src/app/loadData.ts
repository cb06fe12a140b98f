import type { StoreApi } from 'zustand';
import { parseArticle } from '../data/articleFile';
import { checkDataset, type Dataset } from '../data/checkDataset';
import {
  DATA_FILES,
  type DataFileContent,
  type DataFileKey,
  type Parsed,
  parseDataFile,
} from '../data/dataFiles';
import type { Problem } from '../data/problem';
import type { Article } from '../data/schema';
import type { DataContents, Loadable } from '../state/dataSlice';
import type { AppState } from '../state/store';

const fail = (file: string, message: string): { status: 'error'; problems: Problem[] } => ({
  status: 'error',
  problems: [{ level: 'error', file, record: null, field: null, message }],
});

async function fetchText(
  base: string,
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const response = await fetch(`${base}${file}`);
    if (!response.ok)
      return { ok: false, message: `the server answered ${response.status} ${response.statusText}`.trim() };
    return { ok: true, text: await response.text() };
  } catch (error) {
    return {
      ok: false,
      message: `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

function toLoadable<T>(parsed: Parsed<T>): Loadable<T> {
  return parsed.ok ? { status: 'ready', data: parsed.data } : { status: 'error', problems: parsed.problems };
}

export function parseArticleBundle(text: string): Loadable<Article[]> {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return fail(
      'articles',
      `the article bundle is not valid JSON (${error instanceof Error ? error.message : error})`,
    );
  }
  if (!Array.isArray(entries)) return fail('articles', 'the article bundle is not a list');
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const entry of entries as { file?: unknown; text?: unknown }[]) {
    const file = typeof entry?.file === 'string' ? entry.file : 'articles/?';
    if (typeof entry?.text !== 'string') {
      problems.push({ level: 'error', file, record: null, field: null, message: 'the entry has no text' });
      continue;
    }
    const parsed = parseArticle(file, entry.text);
    if (parsed.ok) articles.push(parsed.article);
    else problems.push(...parsed.problems);
  }
  return problems.length > 0 ? { status: 'error', problems } : { status: 'ready', data: articles };
}

/**
 * Fetches and validates each data file on its own, writing each result into the store as it
 * arrives: one broken file shows an error in the panels that need it, and the rest still work.
 * Never rejects.
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
  const loadOne = async <K extends DataFileKey>(key: K): Promise<void> => {
    const { file } = DATA_FILES[key];
    const fetched = await fetchText(base, file);
    const loadable: Loadable<DataFileContent<K>> = fetched.ok
      ? toLoadable(timed(() => parseDataFile(key, fetched.text)))
      : fail(file, fetched.message);
    setFile(key, loadable as Loadable<DataContents[K]>);
  };
  const jobs = (Object.keys(DATA_FILES) as DataFileKey[]).map(loadOne);
  const articlesJob = fetchText(base, 'articles.json').then((fetched) =>
    setFile(
      'articles',
      fetched.ok ? timed(() => parseArticleBundle(fetched.text)) : fail('articles', fetched.message),
    ),
  );
  await Promise.all([...jobs, articlesJob]);
  const markReady = () => {
    const end = performance.now();
    performance.mark('crossroads:data-ready');
    performance.measure('crossroads:parse+validate', {
      start: Math.max(0, end - parseMs),
      duration: parseMs,
    });
  };

  const { files } = store.getState();
  const ready = Object.values(files).every((f) => f.status === 'ready');
  if (!ready) {
    markReady();
    return;
  }
  const pick = <T>(l: Loadable<T>) => (l as { data: T }).data;
  const dataset: Dataset = {
    articles: pick(files.articles),
    countries: pick(files.countries),
    figures: pick(files.figures),
    projects: pick(files.projects),
    places: pick(files.places),
    events: pick(files.events),
  };
  setDatasetProblems(timed(() => checkDataset(dataset)));
  markReady();
}
