import { type Article, isCalendarDate } from '../schema';
import {
  type ChromeRule,
  dateLineOf,
  isCaption,
  isListHeading,
  isPageChrome,
  isSkipLink,
  isWireCredit,
} from './pageChrome';
import { type DroppedLine, PageFormatError, readHead } from './pageHead';
import { type Header, readRelated } from './pageRelated';

// Splits a scraped news page into articles. The page is: page chrome above the headline (skip
// links, breadcrumbs), the lead article (headline, byline and date lines, then one paragraph per
// line, with captions among them), then trailing link lists or the seed's "Related Articles"
// blocks of the form Publisher / relative time / "- Publisher" / title / body.
// Only the chrome the rules in pageChrome.ts name is dropped; everything else is kept verbatim.

export type { DroppedLine } from './pageHead';
export { PageFormatError } from './pageHead';

export interface PageSplit {
  articles: Article[];
  /** Every non-empty line that is not in an article body, with the rule that took it out. */
  dropped: DroppedLine[];
  /** Doubts worth a warning (which line was taken as the headline). */
  notes: string[];
}

export interface SplitOptions {
  /** The headline, when the page's own guess is wrong (`ingest --title`). */
  title?: string;
}

export function slugify(title: string): string {
  const slug = title
    // Invisible characters (zero-width, soft hyphen, bidirectional controls) would split a word.
    .replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
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
  return isCalendarDate(iso) ? iso : null;
}

/** "… – DW – 06/17/2025": the publisher and the date a title carries as a suffix. */
const TITLE_SUFFIX = /^(?<title>.+?)\s+[–—-]\s+(?<publisher>[^–—]+?)\s+[–—-]\s+(?<date>\d{2}\/\d{2}\/\d{4})$/;

function makeArticle(rawTitle: string, header: Header, body: string[], sourceFile: string): Article {
  const suffix = TITLE_SUFFIX.exec(rawTitle)?.groups;
  const title = suffix?.title ?? rawTitle;
  const article: Article = {
    id: slugify(title),
    title,
    publisher: header.publisher ?? suffix?.publisher ?? null,
    published: header.published ?? (suffix?.date ? usDateToIso(suffix.date) : null),
    // The page's own words: the date line or relative time when it gives one, else the title's date.
    publishedAsWritten: header.publishedAsWritten ?? suffix?.date ?? null,
    sourceFile,
    paragraphs: body,
  };
  if (header.byline !== null) article.byline = header.byline;
  return article;
}

/** Chrome inside an article body: captions, skip links, wire credits, stray date lines. */
function bodyChrome(line: string): ChromeRule | null {
  if (isSkipLink(line)) return 'skip-link';
  if (isCaption(line)) return 'caption';
  if (isWireCredit(line)) return 'wire-credit';
  if (dateLineOf(line) !== null) return 'date-line';
  return null;
}

/** Offset of the first C0 control character other than tab and line ends (a sign of a binary file), or -1. */
function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) return i;
  }
  return -1;
}

export function explainPage(text: string, sourceFile: string, options: SplitOptions = {}): PageSplit {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const at = (i: number) => (lines[i] ?? '').trim();
  const control = firstControlCharacter(text);
  if (control >= 0) {
    const line = text.slice(0, control).split(/\r\n?|\n/).length;
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    throw new PageFormatError(`the file looks binary, not a saved page (control character U+${code})`, line);
  }
  let i = 0;
  while (i < lines.length && at(i) === '') i++;
  if (i >= lines.length) throw new PageFormatError('the page is empty', 1);

  const head = readHead(at, lines.length, i, options.title);
  const dropped = [...head.dropped];
  const notes = head.unsure === null ? [] : [head.unsure];
  const leadBody: string[] = [];
  for (i = head.bodyStart; i < lines.length && !isPageChrome(at(i)) && !isListHeading(at(i)); i++) {
    const rule = at(i) === '' ? null : bodyChrome(at(i));
    if (rule !== null) dropped.push({ line: i + 1, text: at(i), rule });
    else if (at(i) !== '') leadBody.push(at(i));
  }
  if (leadBody.length === 0) throw new PageFormatError('the lead article has a title but no body', i + 1);
  const header: Header = {
    publisher: null,
    byline: head.byline,
    published: head.date?.iso ?? null,
    publishedAsWritten: head.date?.asWritten ?? null,
  };
  const articles = [makeArticle(at(head.title), header, leadBody, sourceFile)];
  const make = (title: string, h: Header, body: string[]) => makeArticle(title, h, body, sourceFile);
  readRelated(at, lines.length, i, make, articles, dropped);

  const ids = new Set<string>();
  for (const article of articles) {
    if (article.id === '') throw new PageFormatError(`the title "${article.title}" gives an empty id`, 1);
    if (ids.has(article.id)) throw new PageFormatError(`two articles share the id "${article.id}"`, 1);
    ids.add(article.id);
  }
  return { articles, dropped, notes };
}

export const splitPage = (text: string, sourceFile: string, options: SplitOptions = {}): Article[] =>
  explainPage(text, sourceFile, options).articles;
