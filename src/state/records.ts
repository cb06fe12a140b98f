import type { Dataset } from '../data/checkDataset';
import { DATA_FILES, type DataFileKey } from '../data/dataFileTable';
import type {
  Article,
  ArticleEntry,
  Country,
  Figure,
  PlaceFeature,
  ProjectFeature,
  TimelineEvent,
} from '../data/schema';
import { memoLast } from '../lib/memo';
import type { ChunkState } from './bodiesSlice';
import type { DataContents, DataFiles, DataKey } from './dataSlice';
import type { AppState } from './store';

// The one way to read the dataset out of the store. A file that has not loaded (or failed) reads
// as no records, always the same empty list, so a memoised selector over it stays put.

export interface RecordOf {
  articles: ArticleEntry;
  countries: Country;
  figures: Figure;
  projects: ProjectFeature;
  places: PlaceFeature;
  events: TimelineEvent;
}

/** The one empty list of records, shared so a selector returns the same object while nothing loads. */
export const NO_RECORDS: readonly never[] = [];

/** A file's records (its `list` in DATA_FILES), or no records until it is ready. */
export function selectRecords<K extends DataKey>(s: Pick<AppState, 'files'>, key: K): readonly RecordOf[K][] {
  const loaded = s.files[key];
  if (loaded.status !== 'ready') return NO_RECORDS;
  if (key === 'articles') return loaded.data as RecordOf[K][];
  const { list } = DATA_FILES[key as DataFileKey];
  return (loaded.data as unknown as Record<string, RecordOf[K][]>)[list] ?? NO_RECORDS;
}

/** A file's whole content (the countries file with its groups, a GeoJSON collection), or null until ready. */
export function selectFileData<K extends DataKey>(
  s: Pick<AppState, 'files'>,
  key: K,
): DataContents[K] | null {
  const loaded = s.files[key];
  return loaded.status === 'ready' ? loaded.data : null;
}

export const selectFileStatus = (s: AppState, key: DataKey): 'loading' | 'ready' | 'error' =>
  s.files[key].status;

/** True once every one of these files is ready. */
export const selectAllReady = (s: AppState, keys: readonly DataKey[]): boolean =>
  keys.every((key) => s.files[key].status === 'ready');

const datasetOf = memoLast((files: DataFiles, chunks: AppState['chunks']): Dataset | null => {
  const data = Object.fromEntries(
    Object.entries(files).map(([key, loaded]) => [key, loaded.status === 'ready' ? loaded.data : null]),
  ) as { [K in DataKey]: DataContents[K] | null };
  if (Object.values(data).some((d) => d === null)) return null;
  const articles: Article[] = [];
  for (const { paragraphCount: _, chunk, mentions: __, ...meta } of data.articles ?? []) {
    const loaded = chunks[chunk];
    if (loaded?.status !== 'ready') return null;
    articles.push({ ...meta, paragraphs: [...(loaded.bodies[meta.id] ?? [])] });
  }
  return { ...(data as unknown as Dataset), articles };
});
/**
 * The whole checked dataset with every article's text, as the validator sees it (the workbench
 * checks edits against it); null until every file and every body chunk is in (requestBodies).
 */
export const selectDataset = (s: AppState): Dataset | null => datasetOf(s.files, s.chunks);

/** The state of the chunk holding this article's body: undefined until someone asks for it. */
export function selectBodyChunk(s: AppState, id: string): ChunkState | undefined {
  const entry = selectRecords(s, 'articles').find((a) => a.id === id);
  return entry === undefined ? undefined : s.chunks[entry.chunk];
}

/** An article's paragraphs once its chunk is in; undefined before (or if the chunk lacks it). */
export function selectBody(s: AppState, id: string): readonly string[] | undefined {
  const chunk = selectBodyChunk(s, id);
  return chunk?.status === 'ready' ? chunk.bodies[id] : undefined;
}
