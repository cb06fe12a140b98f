import type { Article } from '../../src/data/schema';

// Splits a scraped news page into articles. The page is: the lead article (title line, then one
// paragraph per line), page chrome, then "Related Articles" blocks of the form
//   Publisher / relative time / "- Publisher" / title / body.
// Only the chrome listed here is dropped; everything else is kept verbatim.

export class PageFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const CHROME_LINES = new Set([
  'Hashtags',
  'Try Our AI Features',
  'Comments',
  'No comments yet...',
  'Related Articles',
]);
const isChrome = (line: string) =>
  CHROME_LINES.has(line) || /^Explore what .+ AI can do for you:$/.test(line);
const isRelativeTime = (line: string) =>
  /^(an?|\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago$/i.test(line) ||
  /^(yesterday|just now)$/i.test(line);
/** "… – DW – 06/17/2025": the publisher and the date a title carries as a suffix. */
const TITLE_SUFFIX = /^(?<title>.+?)\s+[–—-]\s+(?<publisher>[^–—]+?)\s+[–—-]\s+(?<date>\d{2}\/\d{2}\/\d{4})$/;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 80);
}

/** 06/17/2025 → 2025-06-17; null when it is not a real calendar date. */
export function usDateToIso(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const [, mm, dd, yyyy] = m;
  const iso = `${yyyy}-${mm}-${dd}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function makeArticle(
  rawTitle: string,
  publisher: string | null,
  relative: string | null,
  body: string[],
  sourceFile: string,
): Article {
  const suffix = TITLE_SUFFIX.exec(rawTitle)?.groups;
  const title = suffix?.title ?? rawTitle;
  const published = suffix?.date ? usDateToIso(suffix.date) : null;
  return {
    id: slugify(title),
    title,
    publisher: publisher ?? suffix?.publisher ?? null,
    published,
    // The page's own words: the relative time when it gives one, else the date from the title.
    publishedAsWritten: relative ?? suffix?.date ?? null,
    sourceFile,
    paragraphs: body,
  };
}

export function splitPage(text: string, sourceFile: string): Article[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const at = (i: number) => (lines[i] ?? '').trim();
  let i = 0;
  while (i < lines.length && at(i) === '') i++;
  if (i >= lines.length) throw new PageFormatError('the page is empty', 1);

  const articles: Article[] = [];
  const leadTitle = at(i);
  const leadBody: string[] = [];
  for (i++; i < lines.length && !isChrome(at(i)); i++) {
    if (at(i) !== '') leadBody.push(at(i));
  }
  if (leadBody.length === 0) throw new PageFormatError('the lead article has a title but no body', i + 1);
  articles.push(makeArticle(leadTitle, null, null, leadBody, sourceFile));

  let sawRelated = false;
  for (; i < lines.length; i++) {
    const line = at(i);
    if (line === '' || isChrome(line)) {
      sawRelated ||= line === 'Related Articles';
      continue;
    }
    if (!sawRelated)
      throw new PageFormatError(
        `unexpected text between the lead article and "Related Articles": "${line.slice(0, 60)}"`,
        i + 1,
      );
    // A related-article block: publisher, relative time, "- publisher", title, then body lines.
    const publisher = line;
    const time = at(i + 1);
    const repeat = at(i + 2);
    if (!isRelativeTime(time))
      throw new PageFormatError(
        `expected a relative time after publisher "${publisher.slice(0, 60)}", found "${time.slice(0, 60)}"`,
        i + 2,
      );
    if (repeat !== `- ${publisher}`)
      throw new PageFormatError(`expected "- ${publisher}", found "${repeat.slice(0, 60)}"`, i + 3);
    const title = at(i + 3);
    if (title === '' || isChrome(title))
      throw new PageFormatError(`the related article from "${publisher}" has no title`, i + 4);
    // The body runs to the next block's header (a line followed by a relative time) or to page
    // chrome: its paragraphs may be separated by blank lines.
    const body: string[] = [];
    let j = i + 4;
    for (; j < lines.length; j++) {
      if (at(j) === '') continue;
      if (isChrome(at(j)) || isRelativeTime(at(j + 1))) break;
      body.push(at(j));
    }
    if (body.length === 0)
      throw new PageFormatError(`the related article "${title.slice(0, 60)}" has no body`, i + 5);
    articles.push(makeArticle(title, publisher, time, body, sourceFile));
    i = j - 1;
  }

  const ids = new Set<string>();
  for (const article of articles) {
    if (article.id === '') throw new PageFormatError(`the title "${article.title}" gives an empty id`, 1);
    if (ids.has(article.id)) throw new PageFormatError(`two articles share the id "${article.id}"`, 1);
    ids.add(article.id);
  }
  return articles;
}
