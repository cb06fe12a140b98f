import type { Dataset } from '../data/checkDataset';
import { DATA_FILES, type DataFileKey } from '../data/dataFileTable';
import type { Article, Country, Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import { memoLast } from '../lib/memo';
import type { DataContents, DataFiles, DataKey } from './dataSlice';
import type { AppState } from './store';

// The one way to read the dataset out of the store. A file that has not loaded (or failed) reads
// as no records, always the same empty list, so a memoised selector over it stays put.

export interface RecordOf {
  articles: Article;
  countries: Country;
  figures: Figure;
  projects: ProjectFeature;
  places: PlaceFeature;
  events: TimelineEvent;
}

const NONE: readonly never[] = [];

/** A file's records (its `list` in DATA_FILES), or no records until it is ready. */
export function selectRecords<K extends DataKey>(s: AppState, key: K): readonly RecordOf[K][] {
  const loaded = s.files[key];
  if (loaded.status !== 'ready') return NONE;
  if (key === 'articles') return loaded.data as RecordOf[K][];
  const { list } = DATA_FILES[key as DataFileKey];
  return (loaded.data as unknown as Record<string, RecordOf[K][]>)[list] ?? NONE;
}

/** A file's whole content (the countries file with its groups, a GeoJSON collection), or null until ready. */
export function selectFileData<K extends DataKey>(s: AppState, key: K): DataContents[K] | null {
  const loaded = s.files[key];
  return loaded.status === 'ready' ? loaded.data : null;
}

export const selectFileStatus = (s: AppState, key: DataKey): 'loading' | 'ready' | 'error' =>
  s.files[key].status;

/** True once every one of these files is ready. */
export const selectAllReady = (s: AppState, keys: readonly DataKey[]): boolean =>
  keys.every((key) => s.files[key].status === 'ready');

const datasetOf = memoLast((files: DataFiles): Dataset | null => {
  const data = Object.fromEntries(
    Object.entries(files).map(([key, loaded]) => [key, loaded.status === 'ready' ? loaded.data : null]),
  );
  return Object.values(data).every((d) => d !== null) ? (data as unknown as Dataset) : null;
});
/** The whole checked dataset as the validator sees it (the workbench checks edits against it); null until every file is ready. */
export const selectDataset = (s: AppState): Dataset | null => datasetOf(s.files);
