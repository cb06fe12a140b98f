import type { FileRead } from './dataFiles.ts';
import { checkText } from './decodeText.ts';
import type { Problem } from './problem.ts';
import { type ArticleEntry, type ArticleMeta, articleIndexFileSchema, bodyChunkSchema } from './schema.ts';

// The articles as the app fetches them: an index made at build time (scripts/lib/dataFolder.ts)
// holding every article's front matter, size and mentions, and the bodies in chunks, fetched
// when an article is opened. The first load does not grow with the length of the texts.

export const ARTICLE_INDEX_FILE = 'article-index.json';
/**
 * Bodies are grouped by month of publication (undated ones together): a month holds a handful of
 * articles at corpus scale, and the articles a reader opens together are often from one month.
 */
export const chunkOf = (article: Pick<ArticleMeta, 'published'>): string =>
  article.published?.slice(0, 7) ?? 'undated';
export const bodyChunkFile = (chunk: string): string => `article-bodies/${chunk}.json`;

export interface ArticleIndexRead {
  read: FileRead<ArticleEntry[]>;
  /** The cross-file problems that need the bodies, found at build time. */
  bodyProblems: Problem[];
}

const failed = (message: string): ArticleIndexRead => ({
  read: { data: null, problems: [{ level: 'error', file: 'articles/', record: null, field: null, message }] },
  bodyProblems: [],
});

/** Reads the article index; never throws. */
export function readArticleIndex(text: string): ArticleIndexRead {
  const checked = checkText(text);
  if (!checked.ok) return failed(`the article index ${checked.message}`);
  let json: unknown;
  try {
    json = JSON.parse(checked.text);
  } catch (error) {
    return failed(`the article index is not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  const parsed = articleIndexFileSchema.safeParse(json);
  if (!parsed.success) return failed('the article index is not in the shape the build writes');
  const { articles, problems, bodyProblems } = parsed.data;
  return { read: { data: articles, problems }, bodyProblems };
}

/** Reads a chunk of bodies: paragraphs by article id, or why it cannot be read. */
export function readBodyChunk(
  text: string,
): { ok: true; bodies: Record<string, string[]> } | { ok: false; message: string } {
  try {
    const parsed = bodyChunkSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { ok: true, bodies: parsed.data }
      : { ok: false, message: 'the chunk of article texts is not in the expected shape' };
  } catch {
    return { ok: false, message: 'the chunk of article texts is not valid JSON' };
  }
}
