import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_INDEX_FILE, bodyChunkFile, chunkOf } from '../../src/data/articleIndex.ts';
import { DATA_CHECK_FILE } from '../../src/data/dataCheck.ts';
import { DATA_FILES } from '../../src/data/dataFileTable.ts';
import { decodeText } from '../../src/data/decodeText.ts';
import { bodyProblemsOf, type DatasetRead, finishDataset } from '../../src/data/readDataset.ts';
import type { Article, ArticleEntry, ArticleIndexFile } from '../../src/data/schema.ts';
import { mentionCounts } from '../../src/state/textSearch.ts';
import { asciiJson } from './asciiJson.ts';
import { dataCheckText } from './dataCheckFile.ts';
import { searchIndexText } from './searchIndexFile.ts';
import { readDir } from './validateDir.ts';

// What /data/ holds: the data files as they are, and files derived from the folder at build time
// (served by scripts/lib/dataDirPlugin.ts in dev and emitted into the build). Derived files are
// built from the folder read and checked once, exactly as `npm run validate` reads it.

/** The folder read and checked, and what derived files share. */
export interface CheckedFolder {
  reads: ReturnType<typeof readDir>;
  finished: DatasetRead<Article>;
}

/** A file made from the folder: the names it is served under, and the text of each. */
export interface DerivedFile {
  names: (folder: CheckedFolder) => string[];
  build: (folder: CheckedFolder, name: string) => string | null;
}

/** Mentions of each code in each article's title and text, by the one text scanner. */
function mentionsPerArticle(folder: CheckedFolder): Record<string, number>[] {
  const { articles, countries, places } = folder.finished.dataset;
  if (articles === null) return [];
  if (countries === null) return articles.map(() => ({}));
  return mentionCounts(
    articles.map((a) => [a.title, ...a.paragraphs]),
    countries,
    places?.features ?? [],
  );
}

const articleIndex: DerivedFile = {
  names: () => [ARTICLE_INDEX_FILE],
  build: (folder) => {
    const articles = folder.finished.dataset.articles;
    const mentions = mentionsPerArticle(folder);
    const entries: ArticleEntry[] | null =
      articles?.map(({ paragraphs, ...meta }, i) => ({
        ...meta,
        paragraphCount: paragraphs.length,
        chunk: chunkOf(meta),
        mentions: mentions[i] ?? {},
      })) ?? null;
    const index: ArticleIndexFile = {
      articles: entries,
      problems: folder.reads.articles.problems,
      bodyProblems: bodyProblemsOf(folder.reads),
    };
    return asciiJson(index);
  },
};

const articleBodies: DerivedFile = {
  names: (folder) => [...new Set((folder.finished.dataset.articles ?? []).map(chunkOf))].map(bodyChunkFile),
  build: (folder, name) => {
    const articles = (folder.finished.dataset.articles ?? []).filter(
      (a) => bodyChunkFile(chunkOf(a)) === name,
    );
    return articles.length === 0
      ? null
      : asciiJson(Object.fromEntries(articles.map((a) => [a.id, a.paragraphs])));
  },
};

/** The search index (src/search/searchDocuments.ts), fetched on the first search. */
const searchIndex: DerivedFile = {
  names: () => ['search-index.json'],
  build: (folder) => searchIndexText(folder.finished.dataset),
};

/** Every derived file. */
export const DERIVED_FILES: readonly DerivedFile[] = [articleIndex, articleBodies, searchIndex];

// Reading and checking a corpus folder takes a second or two: the dev server would redo it for
// every chunk fetched. Keep the last result while no file in the folder has changed.
let cached: { dir: string; stamp: string; folder: CheckedFolder } | null = null;
function stampOf(dir: string): string {
  const stat = (path: string) => {
    try {
      const s = statSync(path);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return '-';
    }
  };
  const articlesDir = join(dir, 'articles');
  const names = existsSync(articlesDir) ? readdirSync(articlesDir).sort() : [];
  return [
    ...Object.values(DATA_FILES).map((f) => stat(join(dir, f.file))),
    ...names.map((n) => `${n}=${stat(join(articlesDir, n))}`),
  ].join('|');
}

export function checkedFolder(dir: string): CheckedFolder {
  const stamp = stampOf(dir);
  if (cached?.dir === dir && cached.stamp === stamp) return cached.folder;
  const reads = readDir(dir);
  const folder = { reads, finished: finishDataset<Article>(reads) };
  cached = { dir, stamp, folder };
  return folder;
}

/** Minifies a valid JSON file (asciiJson); anything else ships byte for byte, for the app to report. */
function minifyJson(bytes: Buffer): string | Buffer {
  const decoded = decodeText(bytes);
  try {
    return decoded.ok ? asciiJson(JSON.parse(decoded.text)) : bytes;
  } catch {
    return bytes;
  }
}

const PUBLIC_FILES: readonly string[] = Object.values(DATA_FILES).map((f) => f.file);

/** Every name /data/ answers for this folder: the data files present, then the derived files. */
export function dataFileNames(dir: string): string[] {
  const folder = checkedFolder(dir);
  return [
    ...PUBLIC_FILES.filter((name) => existsSync(join(dir, name))),
    ...DERIVED_FILES.flatMap((d) => d.names(folder)),
    DATA_CHECK_FILE,
  ];
}

// Derived files and the verdict, made once per folder state: the build emits the article index
// and then reads it again for the verdict, and the dev server answers every request from here.
const made = new WeakMap<CheckedFolder, Map<string, string | null>>();
function madeOnce(folder: CheckedFolder, key: string, make: () => string | null): string | null {
  const texts = made.get(folder) ?? new Map<string, string | null>();
  made.set(folder, texts);
  if (!texts.has(key)) texts.set(key, make());
  return texts.get(key) ?? null;
}

/**
 * What the server answers for /data/<name>: a data file's bytes (minified in a build), a derived
 * file, the build's verdict on them (src/data/dataCheck.ts), or null when there is no such file.
 */
export function dataFileBody(dir: string, name: string, minify: boolean): string | Buffer | null {
  if (PUBLIC_FILES.includes(name)) {
    if (!existsSync(join(dir, name))) return null;
    const bytes = readFileSync(join(dir, name));
    return minify ? minifyJson(bytes) : bytes;
  }
  const folder = checkedFolder(dir);
  // The verdict covers the files as served, minified or not.
  if (name === DATA_CHECK_FILE)
    return madeOnce(folder, `${name}:${minify}`, () =>
      dataCheckText((served) => dataFileBody(dir, served, minify)),
    );
  const derived = DERIVED_FILES.find((d) => d.names(folder).includes(name));
  return derived === undefined ? null : madeOnce(folder, name, () => derived.build(folder, name));
}
