import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/data/articleFile';
import { parseDataFile } from '../../../src/data/dataFiles';
import type { Article, FiguresFile } from '../../../src/data/schema';
import { appStore } from '../../../src/state/store';

// Loads the real seed data into the store, as the app does, so component tests draw real charts.

// The shared test setup resets the store to a new store's state, whose actions update that
// other store. The state captured here, before any test runs, has actions bound to appStore.
const pristine = appStore.getState();

/** Call in beforeEach: a fresh store whose actions (select, showSource, …) really act on it. */
export function resetStore(): void {
  appStore.setState(pristine, true);
}

function read<K extends 'countries' | 'figures' | 'events'>(key: K, file: string) {
  const parsed = parseDataFile(key, readFileSync(`data/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`seed ${file} did not parse`);
  return parsed.data;
}

export function seedArticles(): Article[] {
  return readdirSync('data/articles')
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const parsed = parseArticle(`articles/${f}`, readFileSync(`data/articles/${f}`, 'utf8'));
      if (!parsed.ok) throw new Error(`seed article ${f} did not parse`);
      return parsed.article;
    });
}

export const seedFigures = (): FiguresFile => read('figures', 'figures.json');

export function loadSeed(overrides: { figures?: FiguresFile } = {}): void {
  const { setFile } = appStore.getState();
  setFile('countries', { status: 'ready', data: read('countries', 'countries.json') });
  setFile('figures', { status: 'ready', data: overrides.figures ?? seedFigures() });
  setFile('events', { status: 'ready', data: read('events', 'events.json') });
  setFile('articles', { status: 'ready', data: seedArticles() });
}
