import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoreApi } from 'zustand';
import { parseArticle } from '../../../src/data/articleFile';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../../src/data/dataFiles';
import type { Article } from '../../../src/data/schema';
import type { DataContents, Loadable } from '../../../src/state/dataSlice';
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

/** Loads every seed file into the store, as loadData would once every fetch has answered. */
export function seedStore(store: StoreApi<AppState> = appStore): void {
  const { setFile } = store.getState();
  for (const key of Object.keys(DATA_FILES) as DataFileKey[])
    setFile(key, { status: 'ready', data: seedFile(key) } as Loadable<DataContents[typeof key]>);
  setFile('articles', { status: 'ready', data: seedArticles() });
}
