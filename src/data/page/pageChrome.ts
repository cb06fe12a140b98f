import { findNumbers } from '../numbers';
import { isCalendarDate } from '../schema';

// The lines of a saved news page that are not article text, each recognised by one named rule so
// that `ingest --explain` can say why a line was dropped. Every rule matches a whole line.

export type ChromeRule =
  | 'skip-link'
  | 'breadcrumb'
  | 'byline'
  | 'date-line'
  | 'caption'
  | 'wire-credit'
  | 'list-heading'
  | 'trailing-list'
  | 'page-chrome'
  | 'before-headline';

/** Page furniture of the seed's layout; these lines end the lead article. */
const PAGE_CHROME = new Set([
  'Hashtags',
  'Try Our AI Features',
  'Comments',
  'No comments yet...',
  'Related Articles',
]);
export const isPageChrome = (line: string): boolean =>
  PAGE_CHROME.has(line) || /^Explore what .+ AI can do for you:$/.test(line);

/** "1. Skip to content", "- Skip to main menu", "Skip to navigation": accessibility links, not text. */
export const isSkipLink = (line: string): boolean =>
  /^(?:\d+\.|[-*•·])?\s*Skip to (?:(?:the )?(?:main )?(?:content|menu|navigation|search|footer)|more .{1,40})$/i.test(
    line,
  );

/** "Home › World › Asia", "News / Business": a trail of sections. */
export const isBreadcrumbTrail = (line: string): boolean =>
  line.length <= 120 && /\S\s*(?:›|»|\s>\s|\s\/\s|\s\|\s)\s*\S/.test(line) && !/[.!?]$/.test(line);

/** A short section name above a headline ("Asia", "Middle East"): at most three words, no sentence. */
export const isCategoryLine = (line: string): boolean =>
  line.split(/\s+/).length <= 3 && !/[.!?:;,"“”\d]/.test(line);

const AGENCY = String.raw`(?:AFP|AP|dpa|Reuters|EFE|KNA|epd|Interfax|TASS|ANSA|Xinhua|Anadolu)`;
const BYLINE_WITH = new RegExp(String.raw`^[^.!?]{2,80}\s+with\s+${AGENCY}(?:\s*(?:,|and)\s*${AGENCY})*$`);

/** "By Jane Doe", "Jane Doe with AFP, AP, dpa": returns the byline as front matter keeps it, or null. */
export function bylineOf(line: string): string | null {
  const by = /^By\s+([^.!?]{2,120})$/.exec(line);
  if (by !== null) return by[1]?.trim() ?? null;
  return BYLINE_WITH.test(line) ? line : null;
}

/** A bare author name under a headline ("Emily Cartwright"): two to four capitalised words. */
export const isNameLine = (line: string): boolean =>
  /^(?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){1,3}(?:,\s+[^.!?]{2,60})?$/u.test(line);

const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+`;
const PREFIX = String.raw`^(?:(?:Published|Updated|Last updated|Posted|Date)(?:\s+on)?:?\s+)?`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$`;
const RELATIVE =
  /^(?:an?|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$|^(?:yesterday|just now)$/i;

export interface DateLine {
  /** ISO date when the line states a calendar date; null for a relative time. */
  iso: string | null;
  /** The page's own words for the date, without "Published" or a time of day. */
  asWritten: string;
}

/** "June 13, 2025", "13.06.2025", "06/13/2025", "Saturday 28 December 2024", "Published 3 hours ago". */
export function dateLineOf(line: string): DateLine | null {
  const core = line.replace(new RegExp(PREFIX, 'i'), '').replace(new RegExp(TIME, 'i'), '');
  if (RELATIVE.test(core)) return { iso: null, asWritten: core };
  const date = core.replace(new RegExp(`^${WEEKDAY}`), '');
  const found = findNumbers(date);
  const only = found.length === 1 ? found[0] : undefined;
  const iso = only?.kind === 'date' && only.text === date ? only.date : null;
  if (iso === null || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isCalendarDate(iso)) return null;
  return { iso, asWritten: core };
}

export const isRelativeTime = (line: string): boolean => RELATIVE.test(line);

// The credit may be a site ("example.com") but does not end a sentence with a full stop.
const CREDIT = String.raw`(?:Image|Photo|Picture|Photograph|Foto|Video)s?:\s?(?:[^:!?]{0,79}[^:.!?\s])`;
/**
 * A photo caption ending in a credit, glued or spaced ("…KazakhstanImage: Name/AFP"), or a credit
 * line alone ("Photo: AP"). The credit must end the line, so a sentence that mentions a photo stays.
 */
export const isCaption = (line: string): boolean =>
  new RegExp(`^${CREDIT}$`).test(line) || new RegExp(`\\S\\s?${CREDIT}$`).test(line);

/** "Reporting by Jane Doe; Editing by John Roe": the wire's credit line at the end of a story. */
export const isWireCredit = (line: string): boolean =>
  /^(?:Reporting|Additional reporting|Writing) by [^.!?]+(?:;\s*(?:Editing|Writing) by [^.!?]+)*$/.test(line);

/** Headings of the link lists pages put after the article; everything below them is links. */
const LIST_HEADINGS = new Set(
  [
    'latest news',
    'related',
    'related topics',
    'related content',
    'related stories',
    'more on this topic',
  ].concat([
    'read more',
    'read also',
    'most read',
    'recommended',
    'you may also like',
    'more from this section',
  ]),
);
export const isListHeading = (line: string): boolean =>
  LIST_HEADINGS.has(line.toLowerCase().replace(/:$/, ''));
