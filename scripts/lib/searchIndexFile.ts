import MiniSearch from 'minisearch';
import {
  SEARCH_INDEX_OPTIONS,
  type SearchDocument,
  type SearchIndexFile,
  searchDocuments,
} from '../../src/search/searchDocuments.ts';
import { validateDir } from './validateDir.ts';

/**
 * The search index for a data folder, built from the records the app would show (validate's own
 * reader leaves out the same bad records the app does). A file that cannot be read adds nothing.
 */
export function searchIndexFile(dir: string): string {
  const { kept } = validateDir(dir);
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
  return JSON.stringify(file);
}
