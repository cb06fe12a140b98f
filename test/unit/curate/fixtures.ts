import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPicks, type Pick } from '../../../src/curate/drafts';
import { parseArticle } from '../../../src/data/articleFile';
import type { Dataset } from '../../../src/data/checkDataset';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../../src/data/dataFiles';
import type { Figure } from '../../../src/data/schema';

/** A figure the base fixture does not hold, stated in its wheat article. */
export const WORKERS: Figure = {
  id: 'workers-khorgos-grain-terminal',
  kind: 'count',
  label: 'Workers at the Khorgos grain terminal',
  value: 12500,
  unit: 'items',
  measure: 'workers',
  year: null,
  asOf: null,
  qualifier: null,
  reportedBy: null,
  subject: 'KAZ',
  counterpart: null,
  note: null,
  source: {
    article: 'kazakh-wheat-exports-to-china-hit-record',
    quote: 'employs 12,500 workers',
  },
};

/** The base fixture data set with its articles, read as the validator reads a folder. */
export function fixtureDataset(): Dataset {
  const files: Partial<Record<DataFileKey, unknown>> = {};
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const parsed = parseDataFile(key, readFileSync(join(BASE, DATA_FILES[key].file), 'utf8'));
    if (!parsed.ok) throw new Error(`${DATA_FILES[key].file} does not parse`);
    files[key] = parsed.data;
  }
  const articles = readdirSync(ARTICLES)
    .sort()
    .map((name) => {
      const parsed = parseArticle(name, readFileSync(join(ARTICLES, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name} does not parse`);
      return parsed.article;
    });
  return { articles, ...files } as Dataset;
}

// Paths from the repo root (the tests' working directory): jsdom gives no file: import.meta.url.
const BASE = resolve('test/fixtures/datasets/base');
const ARTICLES = resolve('test/fixtures/articles');

/** The picks the workbench lists for the base fixture's wheat article. */
export function wheatPicks(): Pick[] {
  const dataset = fixtureDataset();
  const article = dataset.articles.find((a) => a.id === WORKERS.source.article);
  if (article === undefined) throw new Error('fixture article missing');
  return listPicks(article, dataset);
}
