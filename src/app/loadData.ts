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
import { mapInSlices, yieldToMain } from '../lib/yieldToMain';
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

type ParsedEntry = { ok: true; article: Article } | { ok: false; problems: Problem[] };

/** The bundle's JSON as a list of entries, or the problem with it. */
function bundleEntries(
  text: string,
): { ok: true; entries: unknown[] } | { ok: false; loadable: Loadable<Article[]> } {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      loadable: fail(
        'articles',
        `the article bundle is not valid JSON (${error instanceof Error ? error.message : error})`,
      ),
    };
  }
  if (!Array.isArray(entries))
    return { ok: false, loadable: fail('articles', 'the article bundle is not a list') };
  return { ok: true, entries };
}

function parseEntry(raw: unknown): ParsedEntry {
  const entry = raw as { file?: unknown; text?: unknown } | null;
  const file = typeof entry?.file === 'string' ? entry.file : 'articles/?';
  if (typeof entry?.text !== 'string')
    return {
      ok: false,
      problems: [{ level: 'error', file, record: null, field: null, message: 'the entry has no text' }],
    };
  const parsed = parseArticle(file, entry.text);
  return parsed.ok ? { ok: true, article: parsed.article } : { ok: false, problems: parsed.problems };
}

function collect(parsed: readonly ParsedEntry[]): Loadable<Article[]> {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const p of parsed) {
    if (p.ok) articles.push(p.article);
    else problems.push(...p.problems);
  }
  return problems.length > 0 ? { status: 'error', problems } : { status: 'ready', data: articles };
}

export function parseArticleBundle(text: string): Loadable<Article[]> {
  const bundle = bundleEntries(text);
  return bundle.ok ? collect(bundle.entries.map(parseEntry)) : bundle.loadable;
}

/** parseArticleBundle, yielding to the browser between articles so no task runs long. */
export async function parseArticleBundleInSlices(
  text: string,
  timed: <T>(work: () => T) => T = (work) => work(),
): Promise<Loadable<Article[]>> {
  const bundle = timed(() => bundleEntries(text));
  if (!bundle.ok) return bundle.loadable;
  const parsed = await mapInSlices(bundle.entries, (entry) => timed(() => parseEntry(entry)));
  return collect(parsed);
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
    // Each file is validated in a task of its own, not in the one that received it with the others.
    await yieldToMain();
    const loadable: Loadable<DataFileContent<K>> = fetched.ok
      ? toLoadable(timed(() => parseDataFile(key, fetched.text)))
      : fail(file, fetched.message);
    setFile(key, loadable as Loadable<DataContents[K]>);
  };
  const jobs = (Object.keys(DATA_FILES) as DataFileKey[]).map(loadOne);
  const articlesJob = fetchText(base, 'articles.json').then(async (fetched) => {
    await yieldToMain();
    setFile(
      'articles',
      fetched.ok ? await parseArticleBundleInSlices(fetched.text, timed) : fail('articles', fetched.message),
    );
  });
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
  await yieldToMain();
  setDatasetProblems(timed(() => checkDataset(dataset)));
  markReady();
}
