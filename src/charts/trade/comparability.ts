import type { ValueQualifier } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';

// Bars side by side invite comparison. When the figures behind them differ in year, in how
// exact they are, in who reported them or in what they measure, the chart says so in words.

export interface ComparableFigure {
  /** Whose figure this is, as the bar is labelled: "China", "European Union". */
  name: string;
  year: number | null;
  qualifier: ValueQualifier;
  reportedBy: string | null;
  /** The other side of the figure ("Central Asia"); null when the record names none. */
  counterpart: string | null;
  /** "January–June 2023" for a figure covering part of a year; absent for a full year. */
  period?: string;
}

const NEEDS_ARTICLE = /^(European |United |Netherlands|Philippines|Czech Republic|Gulf |Arab )/;

/** "China" → "China's"; "European Union" → "the European Union's"; "Philippines" → "the Philippines'". */
export function possessive(name: string): string {
  // Names come from data: each is an isolate, so a bidi control in one cannot reorder the note.
  const owner = `${NEEDS_ARTICLE.test(name) ? 'the ' : ''}${isolateText(name)}`;
  return /s$/.test(name) ? `${owner}'` : `${owner}'s`;
}

/** "A's", "A's and B's", "A's, B's and C's" */
export function joinOwners(names: readonly string[]): string {
  const owned = names.map(possessive);
  if (owned.length <= 1) return owned.join('');
  return `${owned.slice(0, -1).join(', ')} and ${owned[owned.length - 1]}`;
}

const formatPartCount = (n: number) => `${n} for part of a year`;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface Group {
  key: string;
  names: string[];
}

function groupNames<T extends ComparableFigure>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
): { stated: Group[]; missing: string[] } {
  const stated: Group[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) {
      missing.push(item.name);
      continue;
    }
    const group = stated.find((g) => g.key.toLowerCase() === key.toLowerCase());
    if (group) group.names.push(item.name);
    else stated.push({ key, names: [item.name] });
  }
  return { stated, missing };
}

interface Phrasing {
  first: (owners: string, plural: boolean, key: string) => string;
  rest: (owners: string, plural: boolean, key: string) => string;
  missing: (owners: string, plural: boolean) => string;
  allMissing: string;
}

/** One sentence across groups: "A's figure is for 2023, B's for 2024; C's year is not stated." */
function sentence(
  { stated, missing }: { stated: Group[]; missing: string[] },
  words: Phrasing,
): string | null {
  if (stated.length === 0) return missing.length > 1 ? words.allMissing : null;
  if (stated.length === 1 && missing.length === 0) return null;
  const clauses = stated.map((g, i) =>
    (i === 0 ? words.first : words.rest)(joinOwners(g.names), g.names.length > 1, g.key),
  );
  let text = clauses.join(', ');
  if (missing.length > 0) text += `; ${words.missing(joinOwners(missing), missing.length > 1)}`;
  return `${capitalise(text)}.`;
}

const QUALIFIER_ORDER = ['estimated', 'around', 'more than'] as const;
const qualifierPhrase = (key: string, plural: boolean): string => {
  if (key === 'estimated') return plural ? 'estimates ("estimated")' : 'an estimate ("estimated")';
  if (key === 'around') return 'approximate ("around")';
  return plural ? 'lower bounds ("more than")' : 'a lower bound ("more than")';
};

/**
 * Plain-word warnings for figures drawn side by side: differing years, qualifiers, reporters
 * and counterparts. Returns nothing when the figures are like for like, or when there is only
 * one (a single bar is compared with nothing).
 */
export function comparabilityNotes(items: readonly ComparableFigure[], relation = 'trade with'): string[] {
  if (items.length < 2) return [];
  const notes: (string | null)[] = [];

  const byYear = groupNames(items, (i) => (i.year === null ? null : String(i.year)));
  byYear.stated.sort((a, b) => Number(a.key) - Number(b.key));
  notes.push(
    sentence(byYear, {
      first: (o, p, k) => `${o} ${p ? 'figures are' : 'figure is'} for ${k}`,
      rest: (o, _p, k) => `${o} for ${k}`,
      missing: (o, p) => `${o} ${p ? 'years are' : 'year is'} not stated`,
      allMissing: 'None of these figures states its year.',
    }),
  );

  const byQualifier = groupNames(items, (i) => i.qualifier);
  byQualifier.stated.sort(
    (a, b) =>
      QUALIFIER_ORDER.indexOf(a.key as (typeof QUALIFIER_ORDER)[number]) -
      QUALIFIER_ORDER.indexOf(b.key as (typeof QUALIFIER_ORDER)[number]),
  );
  notes.push(
    sentence(byQualifier, {
      first: (o, p, k) => `${o} ${p ? 'figures are' : 'figure is'} ${qualifierPhrase(k, p)}`,
      rest: (o, p, k) => `${o} ${p ? 'are' : 'is'} ${qualifierPhrase(k, p)}`,
      missing: (o, p) => `${o} ${p ? 'are' : 'is'} stated without qualification`,
      // Every figure unqualified is like for like: `sentence` returns null before using this.
      allMissing: '',
    }),
  );

  notes.push(
    sentence(
      groupNames(items, (i) => i.reportedBy),
      {
        first: (o, p, k) => `${o} ${p ? 'figures come' : 'figure comes'} from ${isolateText(k)}`,
        rest: (o, _p, k) => `${o} from ${isolateText(k)}`,
        missing: (o, p) => `${o} ${p ? 'sources are' : 'source is'} not stated`,
        allMissing: 'None of these figures names its source.',
      },
    ),
  );

  notes.push(
    sentence(
      groupNames(items, (i) => i.counterpart),
      {
        first: (o, p, k) => `${o} ${p ? 'figures cover' : 'figure covers'} ${relation} ${isolateText(k)}`,
        rest: (o, _p, k) => `${o} ${relation} ${isolateText(k)}`,
        missing: (o, p) => `${o} ${p ? 'do' : 'does'} not name the other side`,
        allMissing: '',
      },
    ),
  );
  const partial = items.filter((i) => i.period !== undefined);
  if (partial.length > 0)
    notes.push(
      `${capitalise(
        partial.map((i) => `${possessive(i.name)} figure covers ${i.period}`).join(', '),
      )}: part of a year, not comparable with a full year's (${formatPartCount(partial.length)}).`,
    );
  return notes.filter((n): n is string => n !== null && n !== '');
}
