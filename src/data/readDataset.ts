import { parseArticle } from './articleFile.ts';
import {
  type CheckedArticle,
  checkDataset,
  type DatasetOf,
  type LeftOut,
  type PartsOf,
} from './checkDataset.ts';
import type { FileRead } from './dataFiles.ts';
import { ARTICLES, DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from './dataFileTable.ts';
import { decodeText } from './decodeText.ts';
import { type Problem, recordKey } from './problem.ts';
import { recordWarnings } from './recordWarnings.ts';
import type { Article } from './schema.ts';

// The one reader of a data folder, shared by the app (src/app/loadData.ts, from fetch) and the
// validator (scripts/lib/validateDir.ts, from disk): both hand it the same bytes and get the same
// records and the same problems.

/** One article file as it arrives: decoded text, or the raw bytes of a file that would not decode. */
export type ArticleSource = { file: string; text: string } | { file: string; bytes: Uint8Array };

export interface ArticleRead {
  article: Article | null;
  problems: Problem[];
}

/** An article that cannot be read at all, named by the id its file name gives it. */
export function unreadableArticle(file: string, message: string): ArticleRead {
  const record = /([^/\\]+)\.md$/.exec(file)?.[1] ?? null;
  return { article: null, problems: [{ level: 'error', file, record, field: null, message }] };
}

/** Reads each article on its own: a bad one is left out with its problem, the others are kept. */
export function readArticle(source: ArticleSource): ArticleRead {
  const decoded = 'text' in source ? { ok: true as const, text: source.text } : decodeText(source.bytes);
  if (!decoded.ok) return unreadableArticle(source.file, decoded.message);
  const parsed = parseArticle(source.file, decoded.text);
  return parsed.ok ? { article: parsed.article, problems: [] } : { article: null, problems: parsed.problems };
}

export function collectArticles(reads: readonly ArticleRead[]): FileRead<Article[]> {
  return {
    data: reads.flatMap((r) => (r.article ? [r.article] : [])),
    problems: reads.flatMap((r) => r.problems),
  };
}

export type ReadsOf<A> = { [K in keyof DatasetOf<A>]: FileRead<DatasetOf<A>[K]> };
export type DatasetReads = ReadsOf<Article>;
export interface DatasetRead<A = Article> {
  /** Every good record; a file that could not be read at all is null. */
  dataset: PartsOf<A>;
  /** Every problem, per file in the order of DATA_ORDER, then those across files. */
  problems: Problem[];
}

/** The order files are reported in. */
export const DATA_ORDER = ['articles', ...DATA_FILE_KEYS] as const;

const isLeftOut = (p: Problem): p is Problem & { record: string } => p.level === 'error' && p.record !== null;

/**
 * After every file is read on its own: checks them against each other, and leaves out each record
 * with an error there too. A record left out is named once; what refers to it is not flagged again.
 * Where the article texts are not read (the app's first load), `bodyProblems` are the findings of
 * the checks that need them, made at build time from the same folder (scripts/lib/dataFolder.ts).
 */
export function finishDataset<A extends CheckedArticle>(
  reads: ReadsOf<A>,
  bodyProblems: readonly Problem[] = [],
): DatasetRead<A> {
  const own = DATA_ORDER.flatMap((key) => reads[key].problems);
  const leftOutOf = (prefix: string) =>
    new Set(own.filter((p) => isLeftOut(p) && p.file.startsWith(prefix)).map((p) => p.record as string));
  const leftOut: LeftOut = { codes: leftOutOf('countries.json'), articles: leftOutOf(ARTICLES.folder) };
  const parts = Object.fromEntries(DATA_ORDER.map((key) => [key, reads[key].data])) as PartsOf<A>;
  const across = [...checkDataset(parts, leftOut), ...bodyProblems, ...recordWarnings(parts)];
  return { dataset: withoutRecordsIn(parts, across.filter(isLeftOut)), problems: [...own, ...across] };
}

/**
 * The findings of the checks that need the article texts: what checking with the texts finds and
 * checking without them does not. Run at build time, shipped with the article index.
 */
export function bodyProblemsOf(reads: DatasetReads): Problem[] {
  const key = (p: Problem) => JSON.stringify([p.level, p.file, p.record, p.field, p.message]);
  const { articles } = reads;
  const bodiless = {
    ...reads,
    articles: { ...articles, data: articles.data?.map(({ paragraphs: _, ...meta }) => meta) ?? null },
  };
  const without = new Set(finishDataset(bodiless).problems.map(key));
  return finishDataset(reads).problems.filter((p) => !without.has(key(p)));
}

/** The dataset without the records these errors name; a file with none of them stays the same object. */
function withoutRecordsIn<A>(parts: PartsOf<A>, errors: readonly Problem[]): PartsOf<A> {
  const bad = new Set(errors.map((p) => `${p.file}\u0000${p.record}`));
  const files = new Set(errors.map((p) => p.file));
  const pruned = { ...parts };
  for (const key of DATA_FILE_KEYS) {
    const part = parts[key];
    const { file } = DATA_FILES[key];
    if (part === null || !files.has(file)) continue;
    // Every record list of the file (countries and groups, features, ...), each record by its id or code.
    const kept = (row: unknown) => {
      const name = recordKey(row)?.name;
      return name === undefined || !bad.has(`${file}\u0000${name}`);
    };
    const lists = Object.entries(part).map(([field, value]) => [
      field,
      Array.isArray(value) ? value.filter(kept) : value,
    ]);
    (pruned as Record<DataFileKey, unknown>)[key] = Object.fromEntries(lists);
  }
  return pruned;
}
