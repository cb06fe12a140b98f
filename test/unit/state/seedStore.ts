import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoreApi } from 'zustand';
import { dataFileBody } from '../../../scripts/lib/dataFolder';
import { parseArticle } from '../../../src/data/articleFile';
import {
  ARTICLE_INDEX_FILE,
  bodyChunkFile,
  readArticleIndex,
  readBodyChunk,
} from '../../../src/data/articleIndex';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../../src/data/dataFiles';
import type { Article, ArticleEntry } from '../../../src/data/schema';
import type { ChunkState, FetchChunk } from '../../../src/state/bodiesSlice';
import type { DataContents, DataFiles, DataKey, Loadable } from '../../../src/state/dataSlice';
import type { AppState } from '../../../src/state/store';

// The real seed data, read and validated the way the app does, for tests that need whole files.

const DATA_DIR = resolve('data');

export function seedArticles(): Article[] {
  const dir = join(DATA_DIR, 'articles');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const parsed = parseArticle(`articles/${name}`, readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(`seed article ${name} does not parse`);
      return parsed.article;
    });
}

export function seedFile<K extends DataFileKey>(key: K): DataContents[K] {
  const parsed = parseDataFile(key, readFileSync(join(DATA_DIR, DATA_FILES[key].file), 'utf8'));
  if (!parsed.ok) throw new Error(`seed file ${key} does not parse`);
  return parsed.data as DataContents[K];
}

/** The seed's article index entries, as the build makes them and the app reads them. */
let entries: ArticleEntry[] | null = null;
export function seedArticleEntries(): ArticleEntry[] {
  entries ??= readSeedIndex();
  return entries;
}
function readSeedIndex(): ArticleEntry[] {
  const body = dataFileBody(DATA_DIR, ARTICLE_INDEX_FILE, true);
  const entries = body === null ? null : readArticleIndex(String(body)).read.data;
  if (!entries) throw new Error('the seed article index does not read');
  return entries;
}

/** Puts one file's state into the store, the others as they are: a test's way to stage a dataset. */
export function putFile<K extends DataKey>(
  store: StoreApi<AppState>,
  key: K,
  value: Loadable<DataContents[K]>,
): void {
  store.setState((s) => ({ files: { ...s.files, [key]: value } }));
}

/** A chunk of seed bodies as the build makes it, read as the app reads it. */
const seedChunk: FetchChunk = async (chunk) => {
  const body = dataFileBody(DATA_DIR, bodyChunkFile(chunk), true);
  return body === null ? { ok: false, message: 'the file is missing' } : readBodyChunk(String(body));
};

let seedChunks: Record<string, ChunkState> | null = null;

/**
 * Loads every seed file into the store at once, as loadData does, with the article bodies already
 * in (as after requestBodies), so a test can open an article and read it at once.
 */
export function seedStore(store: StoreApi<AppState>): void {
  const files = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, { status: 'ready', data: seedFile(key) }]),
  ) as Omit<DataFiles, 'articles'>;
  const articles = seedArticleEntries();
  store.getState().setBodySource(seedChunk);
  store.getState().setDataset({ ...files, articles: { status: 'ready', data: articles } }, []);
  seedChunks ??= Object.fromEntries(
    [...new Set(articles.map((a) => a.chunk))].map((chunk) => {
      const body = readBodyChunk(String(dataFileBody(DATA_DIR, bodyChunkFile(chunk), true)));
      if (!body.ok) throw new Error(`the seed chunk ${chunk} does not read`);
      return [chunk, { status: 'ready', bodies: body.bodies }];
    }),
  );
  store.setState({ chunks: seedChunks });
}
