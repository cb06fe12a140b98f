// What a link loses becomes notices: one per kind of loss, never one per item. A 1 KB link can
// carry 250 bad country codes; 250 notices would push the page 13,000 px down and need 250
// dismissals. Each kind of loss collects its items and says how many there were, naming the first
// few; anything invisible in them is shown as its code point so a look-alike cannot hide.

/** How many items a grouped notice names before it counts the rest. */
export const NOTICE_LIST_CAP = 3;
/** Quoted text is cut to this many characters (after invisible characters are spelled out). */
const QUOTE_LENGTH = 40;

/**
 * Characters a reader cannot see or tell from a space: controls, format characters (bidi
 * overrides, zero-width spaces and joiners, soft hyphens), unassigned and private-use code points,
 * separators other than the plain space, and the blank letters (Hangul fillers, braille blank,
 * variation selectors) that render as nothing.
 */
const INVISIBLE = /[\p{C}\p{Z}\u115F\u1160\u3164\uFFA0\u2800\u180E]|[\uFE00-\uFE0F]/gu;

const codePoint = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A short, quoted copy of untrusted text for a notice, with every invisible character spelled out. */
export function quoteForNotice(text: string): string {
  const visible = text.replace(INVISIBLE, (ch) => (ch === ' ' ? ch : `[${codePoint(ch)}]`));
  return `“${visible.length > QUOTE_LENGTH ? `${visible.slice(0, QUOTE_LENGTH)}…` : visible}”`;
}

/** One kind of loss: its sentence for one item, and for several. */
export interface DropKind {
  /** Losses with the same key share one notice. */
  key: string;
  one: (item: string) => string;
  many: (count: number, list: string) => string;
}

/** Collects what a link loses, in order of first appearance, and words it as grouped notices. */
export class DroppedParts {
  private readonly groups = new Map<string, { kind: DropKind; items: string[]; count: number }>();

  /** Records one lost item; `item` is already quoted (see quoteForNotice) or '' for none. */
  add(kind: DropKind, item = ''): void {
    const group = this.groups.get(kind.key) ?? { kind, items: [], count: 0 };
    this.groups.set(kind.key, group);
    group.count++;
    if (group.items.length < NOTICE_LIST_CAP) group.items.push(item);
  }

  notices(): string[] {
    return [...this.groups.values()].map(({ kind, items, count }) => {
      if (count === 1) return kind.one(items[0] ?? '');
      const more = count > items.length ? ` … and ${count - items.length} more` : '';
      return kind.many(count, `${items.join(', ')}${more}`);
    });
  }
}

const kind = (key: string, one: DropKind['one'], many: DropKind['many']): DropKind => ({ key, one, many });
/** A loss worded the same however often it happens. */
const always = (key: string, text: string): DropKind =>
  kind(
    key,
    () => text,
    () => text,
  );

/** Every way a link can lose a part, worded once. */
export const DROPS = {
  tooManyParams: (max: number) => always('too-many', `Only the first ${max} link parameters were read.`),
  badEncoding: kind(
    'bad-encoding',
    () => 'A link parameter that was not correctly encoded was ignored.',
    (n) => `${n} link parameters that were not correctly encoded were ignored.`,
  ),
  tooLong: kind(
    'too-long',
    (q) => `The link parameter ${q} was too long and was ignored.`,
    (n, list) => `${n} link parameters were too long and were ignored: ${list}.`,
  ),
  unknownKey: kind(
    'unknown-key',
    (q) => `The link parameter ${q} is not known and was ignored.`,
    (n, list) => `${n} link parameters are not known and were ignored: ${list}.`,
  ),
  badCode: kind(
    'bad-code',
    (q) => `The country code ${q} in the link is not valid.`,
    (n, list) => `${n} country codes in the link are not valid: ${list}.`,
  ),
  unknownCode: kind(
    'unknown-code',
    (q) => `The country code ${q} in the link is not in the data.`,
    (n, list) => `${n} country codes in the link are not in the data: ${list}.`,
  ),
  badId: (param: string) =>
    kind(
      `bad-id-${param}`,
      (q) => `The ${param} id ${q} in the link is not valid.`,
      (n, list) => `${n} ${param} ids in the link are not valid: ${list}.`,
    ),
  extraSelection: kind(
    'extra-selection',
    (item) => `A link selects one record at a time; ${item} was ignored.`,
    (n, list) => `A link selects one record at a time; ${n} more were ignored: ${list}.`,
  ),
  extraArticle: kind(
    'extra-article',
    (q) => `A link opens one article; ${q} was ignored.`,
    (n, list) => `A link opens one article; ${n} more were ignored: ${list}.`,
  ),
  layersTwice: kind(
    'layers-twice',
    () => 'The map layers were given twice in the link; the first list was used.',
    () => 'The map layers were given more than once in the link; the first list was used.',
  ),
  unknownLayer: kind(
    'unknown-layer',
    (q) => `The map layer ${q} in the link is not known.`,
    (n, list) => `${n} map layers in the link are not known: ${list}.`,
  ),
  badYear: kind(
    'bad-year',
    (q) => `The trade year ${q} in the link is not a year.`,
    (n, list) => `${n} trade years in the link are not years: ${list}.`,
  ),
  yearTwice: kind(
    'year-twice',
    () => 'The trade year was given twice in the link; the first was used.',
    () => 'The trade year was given more than once in the link; the first was used.',
  ),
  badRangeEnd: (param: 'from' | 'to') =>
    kind(
      `bad-range-${param}`,
      (q) =>
        `The time range “${param}” value ${q} in the link is not a year or a year and month (2016 or 2016-03).`,
      (n, list) => `${n} time range “${param}” values in the link are not years or months: ${list}.`,
    ),
  rangeEndTwice: (param: 'from' | 'to') =>
    kind(
      `range-twice-${param}`,
      () => `The time range “${param}” was given twice in the link; the first was used.`,
      () => `The time range “${param}” was given more than once in the link; the first was used.`,
    ),
  queryTwice: kind(
    'query-twice',
    () => 'The search was given twice in the link; the first was used.',
    () => 'The search was given more than once in the link; the first was used.',
  ),
  tilesFromLink: always(
    'tiles',
    'A link cannot switch on the online map tiles, which load images from tile.openstreetmap.org: switch them on under Map layers if you want them.',
  ),
} as const;
