import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/data/articleFile';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../../src/data/dataFiles';
import type { Article } from '../../../src/data/schema';
import type { DataContents, Loadable } from '../../../src/state/dataSlice';
import { appStore } from '../../../src/state/store';

// The shared setup resets the store with the state of a *new* store, whose actions update that
// other store; components here call actions, so restore this store's own first state instead.
const pristine = appStore.getState();
export function resetAppStore(): void {
  appStore.setState(pristine, true);
}

/** Loads the seed data folder into the store, as the app does after fetching it. */
export function loadSeedData(): void {
  const { setFile } = appStore.getState();
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const parsed = parseDataFile(key, readFileSync(`data/${DATA_FILES[key].file}`, 'utf8'));
    if (!parsed.ok) throw new Error(`seed ${key} does not parse`);
    setFile(key, { status: 'ready', data: parsed.data } as Loadable<DataContents[typeof key]>);
  }
  const articles: Article[] = readdirSync('data/articles')
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => {
      const parsed = parseArticle(`articles/${n}`, readFileSync(`data/articles/${n}`, 'utf8'));
      if (!parsed.ok) throw new Error(`seed article ${n} does not parse`);
      return parsed.article;
    });
  setFile('articles', { status: 'ready', data: articles });
}
