// Finds the numbers a text states, as written and in base units. Shared by the validator ("does
// the quote state the value?") and the extract CLI (candidate figures for a curator).

export type NumberKind = 'money' | 'count' | 'percent' | 'quantity' | 'date';

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
}

const SCALES: Record<string, number> = {
  hundred: 1e2,
  dozen: 12,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const WORDS = [
  ...['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen'],
  ...['nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
];
const wordValue = (word: string): number => {
  const i = WORDS.indexOf(word.toLowerCase());
  return i <= 0 ? 1 : i <= 19 ? i : (i - 18) * 10;
};
const CURRENCY_SIGNS: Record<string, string> = { us$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' };
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD',
  'us dollars': 'USD',
  euros: 'EUR',
  yuan: 'CNY',
  renminbi: 'CNY',
  roubles: 'RUB',
  rubles: 'RUB',
  tenge: 'KZT',
  rials: 'IRR',
  shekels: 'ILS',
};
/** Quantity units as written → the unit a figure records. */
const QUANTITY_UNITS: Record<string, string> = {
  tonnes: 'tonnes',
  'metric tons': 'tonnes',
  tons: 'tons',
  barrels: 'barrels',
  kilometres: 'km',
  kilometers: 'km',
  km: 'km',
  miles: 'miles',
  megawatts: 'MW',
  mw: 'MW',
  gigawatts: 'GW',
  gw: 'GW',
  'terawatt-hours': 'TWh',
  twh: 'TWh',
  'cubic metres': 'cubic metres',
  'cubic meters': 'cubic metres',
  bcm: 'cubic metres',
  hectares: 'hectares',
  'square kilometres': 'km²',
  'square kilometers': 'km²',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;

const alternatives = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[$.*+?()[\]{}|\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

// Dates are case-sensitive (a month starts with a capital: "may 5" is not a date).
const DATE = new RegExp(
  [
    String.raw`(?<![\w/.])(?<usM>\d{1,2})/(?<usD>\d{1,2})/(?<usY>\d{4})(?![\w/])`,
    String.raw`(?<![\w/.-])(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?![\w-])`,
    String.raw`\b(?<mdyM>${MONTH})\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<mdyY>\d{4})(?!\d))?`,
    String.raw`(?<![\w.,])(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmyM>${MONTH})(?:,?\s+(?<dmyY>\d{4})(?!\d))?`,
    String.raw`\b(?<myM>${MONTH}),?\s+(?<myY>\d{4})(?!\d)`,
  ].join('|'),
  'g',
);

const AMOUNT = new RegExp(
  // Not inside a word, a number, a formula ("5+1", "24/7") or a name ("F-16", "G7").
  String.raw`(?<![\w.,+/$€£¥]|[A-Za-z]-)` +
    String.raw`(?:(?<cur>US\$|\$|€|£|¥)\s*)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<word>${WORDS.join('|')})\b)` +
    String.raw`(?:(?<=\d)(?<abbr>[kmb])(?![a-z])|\s*(?<abbr2>bn|mn|tn)\b|(?:\s+|-)(?:(?<hundred>hundred)(?:\s+|-))?(?<scale>hundred|dozen|thousand|million|billion|trillion)\b)?` +
    String.raw`(?:(?:\s*|-)(?<percent>%|percent\b|per\s?cent\b)|\s*(?<unit>${alternatives([...Object.keys(CURRENCY_WORDS), ...Object.keys(QUANTITY_UNITS)])})\b)?` +
    // Not the start of a longer token ("1990s", "10-year", "5G").
    String.raw`(?![\w+/%]|[.,]\d|-[A-Za-z])`,
  'gi',
);

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: string | undefined, month: number, day: number | null): string | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  const md = day === null ? pad(month) : `${pad(month)}-${pad(day)}`;
  return year === undefined ? `--${md}` : `${year}-${md}`;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

function findDates(text: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    const year = g.usY ?? g.isoY ?? g.mdyY ?? g.dmyY ?? g.myY;
    let iso: string | null;
    if (g.usM !== undefined) iso = isoDate(year, Number(g.usM), Number(g.usD));
    else if (g.isoM !== undefined) iso = isoDate(year, Number(g.isoM), Number(g.isoD));
    else if (g.mdyM !== undefined) iso = isoDate(year, monthNumber(g.mdyM), Number(g.mdyD));
    else if (g.dmyM !== undefined) iso = isoDate(year, monthNumber(g.dmyM), Number(g.dmyD));
    else iso = isoDate(year, monthNumber(g.myM ?? ''), null);
    if (iso === null) continue;
    const value = year === undefined ? null : Number(year);
    found.push({ kind: 'date', value, unit: null, date: iso, text: match[0], index: match.index ?? 0 });
  }
  return found;
}

/** A capitalised number word after the start of a sentence is part of a name ("Group of Seven"). */
const isNameWord = (text: string, index: number, word: string) =>
  /^[A-Z]/.test(word) && /[^\s"“'‘(.!?:;]\s*$/.test(text.slice(0, index));

function classify(text: string, match: RegExpMatchArray): StatedNumber | null {
  const g = match.groups ?? {};
  const written = match[0].trim();
  const index = (match.index ?? 0) + match[0].indexOf(written);
  const num = g.num ?? '';
  const scaleWord = (g.abbr ?? g.abbr2 ?? g.scale)?.toLowerCase();
  const scale = (scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? 1)) * (g.hundred ? 100 : 1);
  const base = g.word !== undefined ? wordValue(g.word) : Number(num.replace(/,/g, ''));
  const value = base * scale;
  const unitWord = g.unit?.toLowerCase().replace(/\s+/g, ' ');
  const stated = (kind: NumberKind, unit: string | null): StatedNumber => ({
    kind,
    value,
    unit,
    date: null,
    text: written,
    index,
  });
  if (!Number.isFinite(value)) return null;
  if (g.word !== undefined && scaleWord === undefined && g.cur === undefined && g.percent === undefined) {
    // Spelled-out words alone count only from two up ("two sides", not "a deal"), and not in names.
    if (g.unit === undefined && (base < 2 || isNameWord(text, index, g.word))) return null;
  }
  if (g.cur !== undefined) return stated('money', CURRENCY_SIGNS[g.cur.toLowerCase()] ?? 'USD');
  if (unitWord !== undefined && CURRENCY_WORDS[unitWord] !== undefined)
    return stated('money', CURRENCY_WORDS[unitWord]);
  if (g.percent !== undefined) return stated('percent', 'percent');
  if (unitWord !== undefined) {
    // "bcm" is billion cubic metres: the scale is in the unit.
    const quantity = stated('quantity', QUANTITY_UNITS[unitWord] ?? unitWord);
    return unitWord === 'bcm' ? { ...quantity, value: value * 1e9 } : quantity;
  }
  if (scaleWord === undefined && g.word === undefined && /^\d{4}$/.test(num) && base >= 1800 && base <= 2100)
    return { ...stated('date', null), date: num };
  return stated('count', null);
}

export function findNumbers(text: string): StatedNumber[] {
  const dates = findDates(text);
  const overlapsDate = (start: number, end: number) =>
    dates.some((d) => start < d.index + d.text.length && d.index < end);
  const amounts: StatedNumber[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const n = classify(text, match);
    if (n !== null && !overlapsDate(n.index, n.index + n.text.length)) amounts.push(n);
  }
  return [...dates, ...amounts].sort((a, b) => a.index - b.index);
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
  if (n.kind === 'money') return n.unit === unit;
  return n.kind === 'quantity' && n.unit === unit;
}

/** How a stated number reads in a message: "$10 billion (money, USD)". */
export const describeNumber = (n: StatedNumber): string =>
  `"${n.text}" (${n.kind}${n.unit !== null && n.unit !== 'percent' ? `, ${n.unit}` : ''})`;
