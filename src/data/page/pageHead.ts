import {
  bylineOf,
  type ChromeRule,
  type DateLine,
  dateLineOf,
  isBreadcrumbTrail,
  isCategoryLine,
  isListHeading,
  isNameLine,
  isPageChrome,
  isSkipLink,
} from './pageChrome';

// Finds the headline of a saved page and reads the lines around it: skip links, breadcrumbs and
// section names above it; the byline and date lines below it, which go to front matter.

export class PageFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** A line that is not article text, with the rule that took it out ("title" etc. go to front matter). */
export interface DroppedLine {
  line: number;
  text: string;
  rule: ChromeRule | 'title' | 'related-header';
}

export interface PageHead {
  /** Index of the headline line. */
  title: number;
  /** Index of the first line after the head (body text starts here). */
  bodyStart: number;
  byline: string | null;
  date: DateLine | null;
  dropped: DroppedLine[];
  /** Set when the headline was a choice between several lines: says which, and why. */
  unsure: string | null;
}

const words = (line: string) => line.split(/\s+/).length;
/** Body text: a sentence (ends in a full stop or a closing quote) or a long line. */
const isBodyLike = (line: string) => /[.!…"”’)]$/.test(line) || words(line) >= 20;

type LineAt = (i: number) => string;

/** Short enough for a headline: at most 30 words and 400 characters. */
const isHeadlineLength = (line: string) => line !== '' && words(line) <= 30 && line.length <= 400;

/** The first few lines that could be a headline, for the message when none was found. */
function likelyHeadlines(at: LineAt, count: number, start: number): string[] {
  const found: string[] = [];
  for (let i = start; i < count && found.length < 3; i++)
    if (
      at(i) !== '' &&
      at(i).length <= 400 &&
      !isSkipLink(at(i)) &&
      !isBreadcrumbTrail(at(i)) &&
      dateLineOf(at(i)) === null
    )
      found.push(`line ${i + 1} "${at(i).slice(0, 80)}"`);
  return found;
}

export function readHead(at: LineAt, count: number, start: number, forcedTitle?: string): PageHead {
  // The head runs to the first line that reads as body text or ends the article.
  let headEnd = start;
  while (
    headEnd < count &&
    !isBodyLike(at(headEnd)) &&
    !isPageChrome(at(headEnd)) &&
    !isListHeading(at(headEnd))
  )
    headEnd++;
  const chromeRule = (line: string): ChromeRule | null =>
    isSkipLink(line)
      ? 'skip-link'
      : isBreadcrumbTrail(line)
        ? 'breadcrumb'
        : bylineOf(line) !== null
          ? 'byline'
          : dateLineOf(line) !== null
            ? 'date-line'
            : null;
  const plain: number[] = [];
  for (let i = start; i < headEnd; i++) if (at(i) !== '' && chromeRule(at(i)) === null) plain.push(i);
  const firstHeader = [...Array(headEnd - start).keys()]
    .map((k) => start + k)
    .find((i) => ['byline', 'date-line'].includes(chromeRule(at(i)) ?? ''));
  const beforeHeader = plain.filter((i) => firstHeader === undefined || i < firstHeader);

  let title: number;
  let unsure: string | null = null;
  if (forcedTitle !== undefined) {
    const found = [...Array(count).keys()].find((i) => at(i) === forcedTitle.trim());
    if (found === undefined)
      throw new PageFormatError(`no line of the page reads "${forcedTitle}" (--title)`, 1);
    title = found;
  } else {
    const headlines = beforeHeader.filter((i) => !isCategoryLine(at(i)));
    const pool = headlines.length > 0 ? headlines : beforeHeader;
    // A headline of two sentences ("Rates cut. Tenge falls.") reads as body text: when nothing
    // above it could be the headline, a short first "body" line is taken, and said so.
    const sentenceHeadline =
      beforeHeader.length === 0 && headEnd < count && isHeadlineLength(at(headEnd)) ? headEnd : undefined;
    const chosen = headlines.length > 0 ? headlines[0] : (beforeHeader.at(-1) ?? sentenceHeadline);
    if (chosen === undefined) {
      const likely = likelyHeadlines(at, count, start);
      throw new PageFormatError(
        `the page has no headline: every line before the text is page chrome.${likely.length === 0 ? '' : ` Likely headlines: ${likely.join(', ')}.`} Use --title "<the headline line>" to choose one`,
        start + 1,
      );
    }
    title = chosen;
    if (chosen === sentenceHeadline)
      unsure = `took line ${chosen + 1} "${at(chosen)}" as the headline, though it reads as sentences. Use --title to choose another.`;
    if (pool.length > 1) {
      const others = pool.filter((i) => i !== chosen).map((i) => `line ${i + 1} "${at(i).slice(0, 60)}"`);
      unsure = `not sure which line is the headline; chose line ${chosen + 1} "${at(chosen)}" over ${others.join(', ')}. Use --title to choose another.`;
    }
  }

  const dropped: DroppedLine[] = [];
  for (let i = start; i < title; i++) {
    if (at(i) === '') continue;
    const rule = chromeRule(at(i)) ?? (isCategoryLine(at(i)) ? 'breadcrumb' : 'before-headline');
    dropped.push({ line: i + 1, text: at(i), rule });
  }
  dropped.push({ line: title + 1, text: at(title), rule: 'title' });

  // Below the headline: bylines and date lines go to front matter, anything else is body text.
  let byline: string | null = null;
  const dates: DateLine[] = [];
  let i = title + 1;
  // Byline and date lines run to the next line of text (past the head when the headline was in it).
  let headerEnd = Math.max(headEnd, title + 1);
  if (title === headEnd)
    while (headerEnd < count && !isBodyLike(at(headerEnd)) && !isPageChrome(at(headerEnd))) headerEnd++;
  for (; i < headerEnd; i++) {
    const line = at(i);
    if (line === '') continue;
    const rule = chromeRule(line);
    const bareName = rule === null && byline === null && dates.length === 0 && isNameLine(line);
    if (rule === null && !bareName) break;
    if (rule === 'byline' || bareName) byline ??= bylineOf(line) ?? line;
    const read = rule === 'date-line' ? dateLineOf(line) : null;
    if (read !== null) dates.push(read);
    dropped.push({ line: i + 1, text: line, rule: rule ?? 'byline' });
  }
  // The first date line is kept as written; a later one may supply the calendar date.
  const [first] = dates;
  const iso = dates.find((d) => d.iso !== null)?.iso ?? null;
  const date = first === undefined ? null : { iso, asWritten: first.asWritten };
  return { title, bodyStart: i, byline, date, dropped, unsure };
}
