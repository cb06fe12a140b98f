import type { FileRead } from './dataFiles';
import { type ArticleRead, collectArticles, readArticle, unreadableArticle } from './readDataset';
import type { Article } from './schema';

// The app fetches every article in one file, articles.json: a list with each file's name and its
// text as decoded by decodeText, or, for a file that would not decode, its raw bytes in base64 so
// the app refuses it with the validator's own words.

export type ArticleBundleEntry = { file: string; text: string } | { file: string; base64: string };

const FILE = 'articles';

/** The bundle as a list of entries, or why it is not one. */
export function bundleEntries(
  text: string,
): { ok: true; entries: unknown[] } | { ok: false; read: FileRead<Article[]> } {
  const failed = (message: string) => ({
    ok: false as const,
    read: {
      data: null,
      problems: [{ level: 'error' as const, file: FILE, record: null, field: null, message }],
    },
  });
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return failed(`the article bundle is not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  return Array.isArray(entries) ? { ok: true, entries } : failed('the article bundle is not a list');
}

const bytesOf = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Reads one entry of the bundle as the validator reads the file it came from. */
export function readBundleEntry(raw: unknown): ArticleRead {
  const entry = raw as { file?: unknown; text?: unknown; base64?: unknown } | null;
  const file = typeof entry?.file === 'string' ? entry.file : 'articles/?';
  if (typeof entry?.text === 'string') return readArticle({ file, text: entry.text });
  if (typeof entry?.base64 === 'string') return readArticle({ file, bytes: bytesOf(entry.base64) });
  return unreadableArticle(file, 'the entry has no text');
}

export function readArticleBundle(text: string): FileRead<Article[]> {
  const bundle = bundleEntries(text);
  return bundle.ok ? collectArticles(bundle.entries.map(readBundleEntry)) : bundle.read;
}
