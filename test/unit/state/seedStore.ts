import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoreApi } from 'zustand';
import { parseArticle } from '../../../src/data/articleFile';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../../src/data/dataFiles';
import type { Article } from '../../../src/data/schema';
import type { DataContents, DataFiles, DataKey, Loadable } from '../../../src/state/dataSlice';
import { type AppState, appStore } from '../../../src/state/store';

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

/** Puts one file's state into the store, the others as they are: a test's way to stage a dataset. */
export function putFile<K extends DataKey>(
  store: StoreApi<AppState>,
  key: K,
  value: Loadable<DataContents[K]>,
): void {
  store.setState((s) => ({ files: { ...s.files, [key]: value } }));
}

/** Loads every seed file into the store at once, as loadData does. */
export function seedStore(store: StoreApi<AppState> = appStore): void {
  const files = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, { status: 'ready', data: seedFile(key) }]),
  ) as Omit<DataFiles, 'articles'>;
  store.getState().setDataset({ ...files, articles: { status: 'ready', data: seedArticles() } }, []);
}
