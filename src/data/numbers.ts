import { CURRENCY_CODE_SET, CURRENCY_SIGNS, CURRENCY_WORDS } from './numberCurrencies.ts';
import { type Amount, inBaseUnits, joinRanges } from './numberRanges.ts';
import {
  alternatives,
  NUMBER_WORDS,
  PLURAL_AMOUNTS,
  QUANTITY_UNITS,
  SCALES,
  wordValue,
} from './numberWords.ts';
import { findDates } from './statedDates.ts';

// Finds the numbers a text states, as written and in base units. Shared by the validator ("does
// the quote state the value?") and the extract CLI (candidate figures for a curator).
// One pass of two regular expressions, then passes over the sorted matches: linear in the text,
// so a 40 KB paragraph of numbers reads as fast as a short one.

export type NumberKind = 'money' | 'count' | 'percent' | 'quantity' | 'date';

/** Both ends of a range ("between EUR 2.5 and 3 billion"), in base units, and how it is written. */
export interface StatedRange {
  low: number;
  high: number;
  text: string;
  index: number;
}

export interface StatedNumber {
  kind: NumberKind;
  /** In base units ("$1.2 billion" → 1.2e9). A date's value is its year; null when none is written. */
  value: number | null;
  /** Currency code for money, "percent", a quantity's unit; null for counts and dates. */
  unit: string | null;
  /** Dates only: ISO 8601 as precise as the text ("2024", "2023-03", "2025-06-17", "--07-09"). */
  date: string | null;
  /** Exactly as written. */
  text: string;
  index: number;
  /** Set on both ends of a range; null for a single number. */
  range: StatedRange | null;
  /** "hundreds of", "dozens of": the value is the least the words can mean. */
  atLeast: boolean;
  /** Money only, when the sign or word can mean several currencies ("¥", "manat"): each code. */
  currencies?: readonly string[];
}

const AMOUNT = new RegExp(
  // Not inside a word, a number, a formula ("5+1", "24/7") or a name ("F-16", "G7").
  String.raw`(?<![\w.,+/$€£¥₹₽₺₪₸₼₾֏₮₴]|[A-Za-z]-|\d:)` +
    String.raw`(?:(?<cur>${alternatives(Object.keys(CURRENCY_SIGNS))})\s*)?` +
    String.raw`(?:(?<plural>${alternatives(Object.keys(PLURAL_AMOUNTS))})\s+of\b|` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<word>${NUMBER_WORDS.join('|')})\b)` +
    String.raw`(?:(?<=\d)(?<abbr>[kmb])(?![a-z])|\s*(?<abbr2>bn|mn|tn)\b|(?:\s+|-)(?:(?<hundred>hundred)(?:\s+|-))?(?<scale>hundred|dozen|thousand|million|billion|trillion)\b)?` +
    String.raw`(?:(?:\s*|-)(?<percent>%|percent\b|per\s?cent\b)|(?:\s*|-)(?<unit>${alternatives([...Object.keys(CURRENCY_WORDS), ...Object.keys(QUANTITY_UNITS)])})\b)?)` +
    // Not the start of a longer token ("1990s", "5G", "F-16s").
    String.raw`(?![\w+/%]|[.,]\d|-[A-Za-z])`,
  'gi',
);

/** The last character before `index` that is not white space ('' at the start). Amortised linear. */
function previousVisible(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return i >= 0 ? (text[i] as string) : '';
}

/** A capitalised number word after the start of a sentence is part of a name ("Group of Seven"). */
const isNameWord = (text: string, index: number, word: string) =>
  /^[A-Z]/.test(word) && !/^["“'‘(.!?:;]?$/.test(previousVisible(text, index));

/** "one ferry sank", "One rescue team": "one" before a noun counts; "one of", "one day" do not. */
const ONE_COUNTED =
  /^\s+(?!(?:of|another|day|time|way|hand|side|thing|point|year|month|week|or|more|by|after|in|at|which|that|who|the|a|an|and|to|is|was|has|had|will|would|can|could|such|kind|sort|another|other|last|first)\b)[a-z][a-z-]{2,}\b/;
/** "to one partner", "on one buyer": a "one" after a preposition says which, not how many. */
const AFTER_PREPOSITION = /\b(?:to|on|with|from|of|for|in|at|by|into|upon|onto)\s+$/i;
/** "a soldier was killed": "a" counts one person only when something happened to them. */
const A_PERSON_HURT =
  /^\s+(?:person|child|boy|girl|woman|man|civilian|soldier|journalist|worker|patient|resident|policeman|police officer|guard|pilot|doctor|nurse)\s+(?:was|has been|had been)\s+(?:killed|injured|wounded|hurt|detained|arrested|shot|abducted)\b/i;

function classify(text: string, match: RegExpMatchArray): Amount | null {
  const g = match.groups ?? {};
  let written = match[0].trim();
  let index = (match.index ?? 0) + match[0].indexOf(written);
  const scaleWord = (g.abbr ?? g.abbr2 ?? g.scale)?.toLowerCase();
  const scale = (scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? 1)) * (g.hundred ? 100 : 1);
  const plural = g.plural?.toLowerCase().replace(/\s+/g, ' ');
  const base =
    plural !== undefined
      ? (PLURAL_AMOUNTS[plural] ?? 1)
      : g.word !== undefined
        ? wordValue(g.word)
        : Number((g.num ?? '').replace(/,/g, ''));
  const unitWord = g.unit?.toLowerCase().replace(/\s+/g, ' ');
  if (g.word !== undefined && scaleWord === undefined && g.cur === undefined && g.percent === undefined) {
    // Spelled-out words alone count from two up ("two sides", not "a deal" or "a year"), and not
    // in names. "one" counts before a noun ("one ferry sank"), not in "one of the largest"; "a"
    // counts only a person something happened to ("a soldier was killed").
    const word = g.word.toLowerCase();
    const next = text.slice(index + word.length, index + word.length + 60);
    const counted =
      word === 'one'
        ? ONE_COUNTED.test(next) && !AFTER_PREPOSITION.test(text.slice(Math.max(0, index - 12), index))
        : word === 'a' && A_PERSON_HURT.test(next);
    if ((base < 2 && !counted) || isNameWord(text, index, g.word)) return null;
  }
  // An ISO code written before or after the amount ("USD 6", "18 billion CNY"): upper case only.
  const before = /(?:^|[^A-Za-z])([A-Z]{3})( ?)$/.exec(text.slice(Math.max(0, index - 5), index));
  const after = /^ ([A-Z]{3})(?![A-Za-z])/.exec(
    text.slice(index + written.length, index + written.length + 5),
  );
  const bare = g.cur === undefined && unitWord === undefined && g.percent === undefined;
  let code: string | undefined;
  if (bare && before?.[1] !== undefined && CURRENCY_CODE_SET.has(before[1])) {
    code = before[1];
    index -= code.length + (before[2]?.length ?? 0);
    written = text.slice(index, index + code.length + (before[2]?.length ?? 0) + written.length);
  } else if (bare && after?.[1] !== undefined && CURRENCY_CODE_SET.has(after[1])) {
    code = after[1];
    written = `${written} ${code}`;
  }
  const factor = scale * (unitWord === 'bcm' ? 1e9 : 1); // "bcm" is billion cubic metres
  const value = inBaseUnits(base, factor);
  if (!Number.isFinite(value)) return null;
  const stated = (kind: NumberKind, unit: string | null): Amount => ({
    kind,
    value,
    unit,
    date: null,
    text: written,
    index,
    range: null,
    atLeast: plural !== undefined,
    factor: plural !== undefined ? 1 : factor,
  });
  const money = (codes: readonly string[]): Amount => ({
    ...stated('money', codes[0] ?? 'USD'),
    ...(codes.length > 1 ? { currencies: codes } : {}),
  });
  if (g.cur !== undefined) return money(CURRENCY_SIGNS[g.cur.toLowerCase()] ?? ['USD']);
  if (code !== undefined) return stated('money', code);
  const words = unitWord === undefined ? undefined : CURRENCY_WORDS[unitWord.replace(/\s+/g, ' ')];
  if (words !== undefined) return money(words);
  if (g.percent !== undefined) return stated('percent', 'percent');
  if (unitWord !== undefined) return stated('quantity', QUANTITY_UNITS[unitWord] ?? unitWord);
  const num = g.num ?? '';
  if (scaleWord === undefined && g.word === undefined && /^\d{4}$/.test(num) && base >= 1800 && base <= 2100)
    return { ...stated('date', null), date: num };
  return stated('count', null);
}

export function findNumbers(text: string): StatedNumber[] {
  const dates = findDates(text);
  const amounts: Amount[] = [];
  let d = 0; // dates and amounts both come in text order: one pointer finds overlaps
  for (const match of text.matchAll(AMOUNT)) {
    const n = classify(text, match);
    if (n === null) continue;
    while (
      d < dates.length &&
      (dates[d] as StatedNumber).index + (dates[d] as StatedNumber).text.length <= n.index
    )
      d++;
    const date = dates[d];
    if (date !== undefined && date.index < n.index + n.text.length) continue;
    amounts.push(n);
  }
  joinRanges(text, amounts);
  const stated: StatedNumber[] = amounts.map(({ factor: _, ...n }) => n);
  return [...dates, ...stated].sort((a, b) => a.index - b.index);
}

/** Equal up to float rounding in base units (1.4e9 written as 1400000000.0). */
export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** True when the text states `value` (in base units) in any unit. */
export function statesValue(text: string, value: number): boolean {
  return findNumbers(text).some((n) => n.value !== null && sameValue(n.value, value));
}

/**
 * Whether a stated number is in a figure's unit: money figures need money in that currency, people
 * figures a count (a bare "2000" reads as a year but may be a count), percent figures a percentage,
 * item counts a count or a quantity.
 */
export function isInUnit(n: StatedNumber, unit: string): boolean {
  const bareYearLike = n.kind === 'date' && n.text === n.date;
  if (unit === 'percent') return n.kind === 'percent';
  if (unit === 'people') return n.kind === 'count' || bareYearLike;
  // A count of things may carry its unit ("523 kilometres of track", "75 cruise missiles").
  if (unit === 'items') return n.kind === 'count' || n.kind === 'quantity' || bareYearLike;
  if (n.kind === 'money') return n.unit === unit || (n.currencies?.includes(unit) ?? false);
  return n.kind === 'quantity' && n.unit === unit;
}

/** How a stated number reads in a message: "$10 billion (money, USD)". */
export const describeNumber = (n: StatedNumber): string =>
  `"${n.text}" (${n.kind}${n.unit !== null && n.unit !== 'percent' ? `, ${n.unit}` : ''})`;
