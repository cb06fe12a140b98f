import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, DatasetParts } from '../../src/data/checkDataset.ts';
import {
  DATA_FILES,
  type DataFileContent,
  type DataFileKey,
  type FileRead,
  readDataFile,
} from '../../src/data/dataFiles.ts';
import { decodeText } from '../../src/data/decodeText.ts';
import type { Problem } from '../../src/data/problem.ts';
import {
  collectArticles,
  type DatasetReads,
  finishDataset,
  readArticle,
  unreadableArticle,
} from '../../src/data/readDataset.ts';
import type { Article } from '../../src/data/schema.ts';
import { readBytes } from './readText.ts';

export interface DirValidation {
  problems: Problem[];
  /** Every good record: what the app shows on this folder. A file that could not be read is null. */
  kept: DatasetParts;
  /** The kept records, present only when every file could be read (records may still be left out). */
  dataset: Dataset | null;
}

const failed = <T>(file: string, message: string): FileRead<T> => ({
  data: null,
  problems: [{ level: 'error', file, record: null, field: null, message }],
});

/** The file's bytes, or why it cannot be read (a folder named like a file, no permission). */
function bytesOf(path: string): Uint8Array | { message: string } {
  try {
    return readBytes(path);
  } catch (error) {
    return { message: error instanceof Error ? error.message.replace(`${path}: `, '') : String(error) };
  }
}

function readArticles(dir: string): FileRead<Article[]> {
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) return failed('articles/', 'the articles folder is missing');
  const names = readdirSync(articlesDir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  return collectArticles(
    names.map((name) => {
      const file = `articles/${name}`;
      const bytes = bytesOf(join(articlesDir, name));
      return ArrayBuffer.isView(bytes)
        ? readArticle({ file, bytes })
        : unreadableArticle(file, bytes.message);
    }),
  );
}

function readJson<K extends DataFileKey>(dir: string, key: K): FileRead<DataFileContent<K>> {
  const { file } = DATA_FILES[key];
  const path = join(dir, file);
  if (!existsSync(path)) return failed(file, 'the file is missing');
  const bytes = bytesOf(path);
  if (!ArrayBuffer.isView(bytes)) return failed(file, bytes.message);
  const decoded = decodeText(bytes);
  return decoded.ok ? readDataFile(key, decoded.text) : failed(file, decoded.message);
}

/**
 * Validates a data folder with the app's own reader (src/data/readDataset.ts): each file, each
 * record in it, then all of them together.
 */
export function validateDir(dir: string): DirValidation {
  const { dataset: kept, problems } = finishDataset(readDir(dir));
  const whole = Object.values(kept).every((part) => part !== null);
  return { problems, kept, dataset: whole ? (kept as Dataset) : null };
}

/** Each file of a data folder read on its own, as the validator and the build read it. */
export function readDir(dir: string): DatasetReads {
  return {
    articles: readArticles(dir),
    countries: readJson(dir, 'countries'),
    figures: readJson(dir, 'figures'),
    projects: readJson(dir, 'projects'),
    places: readJson(dir, 'places'),
    events: readJson(dir, 'events'),
  };
}
