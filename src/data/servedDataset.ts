import { type ArticleIndexRead, readArticleIndex } from './articleIndex.ts';
import { type FileRead, readDataFile } from './dataFiles.ts';
import { ARTICLES, DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from './dataFileTable.ts';
import { type DatasetRead, finishDataset, type ReadsOf } from './readDataset.ts';
import type { ArticleEntry } from './schema.ts';

// The data folder as a server hands it to the app: each data file and the article index, as text
// or as why it could not be fetched. The app (src/app/loadData.ts) reads what it fetched with these
// functions; the build (scripts/lib/dataCheckFile.ts) reads what it serves with the same ones, so
// the verdict it ships is the app's own.

/** A file as fetched: its text, or why there is none. */
export type Served = { ok: true; text: string } | { ok: false; message: string };

const unread = <T>(file: string, message: string): FileRead<T> => ({
  data: null,
  problems: [{ level: 'error', file, record: null, field: null, message }],
});

/** One data file's records and problems; a file that was not served fails as a whole. */
export function readServedFile(key: DataFileKey, served: Served): FileRead<unknown> {
  const { file } = DATA_FILES[key];
  return served.ok ? readDataFile(key, served.text) : unread(file, served.message);
}

/** The article index's entries and its build-time findings; an index not served fails as a whole. */
export function readServedIndex(served: Served): ArticleIndexRead {
  if (served.ok) return readArticleIndex(served.text);
  return { read: unread(ARTICLES.folder, `the article index ${served.message}`), bodyProblems: [] };
}

export type ServedReads = ReadsOf<ArticleEntry>;

/** Every file read on its own, then checked against the others, as `npm run validate` does. */
export function finishServed(
  index: ArticleIndexRead,
  files: Record<DataFileKey, FileRead<unknown>>,
): { reads: ServedReads; finished: DatasetRead<ArticleEntry> } {
  const reads = { ...files, articles: index.read } as ServedReads;
  return { reads, finished: finishDataset(reads, index.bodyProblems) };
}

/** All of the above in one go, for the build. */
export function readServedDataset(
  index: Served,
  files: Record<DataFileKey, Served>,
): { reads: ServedReads; finished: DatasetRead<ArticleEntry> } {
  const reads = Object.fromEntries(DATA_FILE_KEYS.map((key) => [key, readServedFile(key, files[key])]));
  return finishServed(readServedIndex(index), reads as Record<DataFileKey, FileRead<unknown>>);
}
