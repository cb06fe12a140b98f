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

/** Listed items the link gave that were not used: "The country code “X” in the link is not valid." */
const listed = (
  key: string,
  thing: readonly [string, string],
  problem: readonly [string, string],
): DropKind =>
  kind(
    key,
    (q) => `The ${thing[0]} ${q} in the link ${problem[0]}.`,
    (n, list) => `${n} ${thing[1]} in the link ${problem[1]}: ${list}.`,
  );
/** A part the link gave more than once, of which the first was used. */
const twice = (key: string, given: string, used = 'the first was used'): DropKind =>
  kind(
    key,
    () => `${given} given twice in the link; ${used}.`,
    () => `${given} given more than once in the link; ${used}.`,
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
  badCode: listed('bad-code', ['country code', 'country codes'], ['is not valid', 'are not valid']),
  unknownCode: listed(
    'unknown-code',
    ['country code', 'country codes'],
    ['is not in the data', 'are not in the data'],
  ),
  badId: (param: string) =>
    listed(`bad-id-${param}`, [`${param} id`, `${param} ids`], ['is not valid', 'are not valid']),
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
  layersTwice: twice('layers-twice', 'The map layers were', 'the first list was used'),
  unknownLayer: listed('unknown-layer', ['map layer', 'map layers'], ['is not known', 'are not known']),
  badYear: listed('bad-year', ['trade year', 'trade years'], ['is not a year', 'are not years']),
  yearTwice: twice('year-twice', 'The trade year was'),
  badRangeEnd: (param: 'from' | 'to') =>
    kind(
      `bad-range-${param}`,
      (q) =>
        `The time range “${param}” value ${q} in the link is not a year or a year and month (2016 or 2016-03).`,
      (n, list) => `${n} time range “${param}” values in the link are not years or months: ${list}.`,
    ),
  rangeEndTwice: (param: 'from' | 'to') => twice(`range-twice-${param}`, `The time range “${param}” was`),
  queryTwice: twice('query-twice', 'The search was'),
  tilesFromLink: always(
    'tiles',
    'A link cannot switch on the online map tiles, which load images from tile.openstreetmap.org: switch them on under Map layers if you want them.',
  ),
} as const;
