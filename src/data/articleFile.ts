import { checkText } from './decodeText.ts';
import { type Problem, zodProblems } from './problem.ts';
import { type Article, type ArticleMeta, articleMetaSchema } from './schema.ts';

// An article file is front matter (one `key: JSON value` per line, which is also valid YAML)
// between `---` fences, then the body: one paragraph per line, paragraphs separated by a blank line.

const FENCE = '---';
const KEYS = ['id', 'title', 'publisher', 'published', 'publishedAsWritten', 'byline', 'sourceFile'] as const;

export function serialiseArticle(article: Article): string {
  // An optional key the article lacks (byline) is left out, not written as null.
  const meta = KEYS.filter((key) => article[key] !== undefined).map(
    (key) => `${key}: ${JSON.stringify(article[key])}`,
  );
  return `${FENCE}\n${meta.join('\n')}\n${FENCE}\n\n${article.paragraphs.join('\n\n')}\n`;
}

export type ArticleParse = { ok: true; article: Article } | { ok: false; problems: Problem[] };

export function parseArticle(file: string, text: string): ArticleParse {
  // Problems name the article by the id its file name gives it: the front matter may be the broken part.
  const record = /([^/\\]+)\.md$/.exec(file)?.[1] ?? null;
  const fail = (message: string, field: string | null = null): ArticleParse => ({
    ok: false,
    problems: [{ level: 'error', file, record, field, message }],
  });
  const checked = checkText(text);
  if (!checked.ok) return fail(checked.message);
  const lines = checked.text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== FENCE) return fail('expected front matter starting with a "---" line');
  const end = lines.indexOf(FENCE, 1);
  if (end < 0) return fail('front matter is not closed by a "---" line');

  const raw: Record<string, unknown> = {};
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z]+):\s?(.*)$/.exec(line);
    if (!match) return fail(`front matter line is not "key: value": ${JSON.stringify(line.slice(0, 80))}`);
    const [, key = '', value = ''] = match;
    if (Object.hasOwn(raw, key)) return fail('key appears twice', key);
    try {
      raw[key] = JSON.parse(value);
    } catch {
      return fail(`value is not a JSON string, number or null: ${JSON.stringify(value.slice(0, 80))}`, key);
    }
  }
  const meta = articleMetaSchema.safeParse(raw);
  if (!meta.success)
    return { ok: false, problems: zodProblems(file, raw, meta.error).map((p) => ({ ...p, record })) };
  const paragraphs = lines.slice(end + 1).filter((line) => line.trim() !== '');
  if (paragraphs.length === 0) return fail('the article has no body text');
  // The id is the file name: two files can never share an id, and a link names the file.
  if (record !== null && meta.data.id !== record)
    return fail(`id must match the file name "${record}.md"`, 'id');
  const article: ArticleMeta & { paragraphs: string[] } = { ...meta.data, paragraphs };
  return { ok: true, article };
}
