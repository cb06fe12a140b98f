import MiniSearch from 'minisearch';
import type { DatasetParts } from '../../src/data/checkDataset.ts';
import {
  SEARCH_INDEX_OPTIONS,
  type SearchDocument,
  type SearchIndexFile,
  searchDocuments,
} from '../../src/search/searchDocuments.ts';
import { asciiJson } from './asciiJson.ts';
import { validateDir } from './validateDir.ts';

/** The search index (/data/search-index.json) over the records a checked folder keeps; a file that could not be read adds nothing. */
export function searchIndexText(
  kept: Pick<DatasetParts, 'articles' | 'figures' | 'events' | 'projects' | 'places'>,
): string {
  const articles = kept.articles ?? [];
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(
    searchDocuments({
      articles,
      figures: kept.figures?.figures ?? [],
      events: kept.events?.events ?? [],
      projects: kept.projects?.features ?? [],
      places: kept.places?.features ?? [],
    }),
  );
  const file: SearchIndexFile = { articles: articles.map((a) => a.id), index: index.toJSON() };
  return asciiJson(file);
}

/** The search index for a data folder, read as `npm run validate` reads it. */
export const searchIndexFile = (dir: string): string => searchIndexText(validateDir(dir).kept);
