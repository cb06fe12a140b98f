import type { Article } from '../schema';
import { isListHeading, isPageChrome, isRelativeTime } from './pageChrome';
import { type DroppedLine, PageFormatError } from './pageHead';

// The part of a page after the lead article: trailing link lists, dropped whole, and the seed
// layout's "Related Articles" blocks (publisher / relative time / "- publisher" / title / body).

export interface Header {
  publisher: string | null;
  byline: string | null;
  published: string | null;
  publishedAsWritten: string | null;
}

type MakeArticle = (rawTitle: string, header: Header, body: string[]) => Article;

/** After the lead: trailing link lists (dropped whole) and "Related Articles" blocks (kept). */
export function readRelated(
  at: (i: number) => string,
  count: number,
  from: number,
  makeArticle: MakeArticle,
  articles: Article[],
  dropped: DroppedLine[],
): void {
  let sawRelated = false;
  let inList = false;
  for (let i = from; i < count; i++) {
    const line = at(i);
    if (line === '') continue;
    if (isPageChrome(line)) {
      sawRelated ||= line === 'Related Articles';
      inList &&= line !== 'Related Articles';
      dropped.push({ line: i + 1, text: line, rule: 'page-chrome' });
      continue;
    }
    if (!sawRelated && (inList || isListHeading(line))) {
      dropped.push({ line: i + 1, text: line, rule: inList ? 'trailing-list' : 'list-heading' });
      inList = true;
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
    if (title === '' || isPageChrome(title))
      throw new PageFormatError(`the related article from "${publisher}" has no title`, i + 4);
    for (const [k, text] of [publisher, time, repeat].entries())
      dropped.push({ line: i + 1 + k, text, rule: 'related-header' });
    dropped.push({ line: i + 4, text: title, rule: 'title' });
    // The body runs to the next block's header (a line followed by a relative time) or to page
    // chrome: its paragraphs may be separated by blank lines.
    const body: string[] = [];
    let j = i + 4;
    for (; j < count; j++) {
      if (at(j) === '') continue;
      if (isPageChrome(at(j)) || isRelativeTime(at(j + 1))) break;
      body.push(at(j));
    }
    if (body.length === 0)
      throw new PageFormatError(`the related article "${title.slice(0, 60)}" has no body`, i + 5);
    const header = { publisher, byline: null, published: null, publishedAsWritten: time };
    articles.push(makeArticle(title, header, body));
    i = j - 1;
  }
}
