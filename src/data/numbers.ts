// Finds the numbers a sentence states, as written and in base units. Shared by the validator
// ("does the quote contain the value?") and the extract CLI (candidate figures for a curator).

export type NumberKind = 'money' | 'count' | 'percent' | 'quantity' | 'date';

export interface StatedNumber {
  kind: NumberKind;
  /** In base units: "$1.2 billion" → 1.2e9; a date's value is its year. */
  value: number;
  unit: string | null;
  text: string;
  index: number;
}

const SCALES: Record<string, number> = {
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
const WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const CURRENCIES: Record<string, string> = { $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' };
const QUANTITY_UNITS =
  'tonnes|tons|barrels|kilometres|kilometers|km|miles|megawatts|mw|gigawatts|gw|cubic metres|cubic meters|bcm';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const AMOUNT = String.raw`(?<cur>US\$|\$|€|£|¥)?\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<word>${Object.keys(WORDS).join('|')}))(?:[\s-]?(?<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb](?![a-z])))?(?:\s?(?<unit>percent|per cent|%|${QUANTITY_UNITS}|dollars|euros)(?![a-z]))?`;
const DATE = String.raw`(?<mdy>\b\d{2}/\d{2}/\d{4}\b)|(?<month>\b(?:${MONTHS}) \d{1,2}(?:, \d{4})?\b)`;
const PATTERN = new RegExp(`${DATE}|(?<![\\w.,])${AMOUNT}`, 'gi');

function toNumber(num: string, word: string | undefined): number {
  if (word !== undefined) return WORDS[word.toLowerCase()] ?? Number.NaN;
  return Number(num.replace(/,/g, ''));
}

export function findNumbers(text: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const g = match.groups ?? {};
    const written = match[0].trim();
    const index = (match.index ?? 0) + match[0].indexOf(written);
    if (g.mdy !== undefined || g.month !== undefined) {
      const year = /\d{4}/.exec(written)?.[0];
      found.push({ kind: 'date', value: year ? Number(year) : Number.NaN, unit: null, text: written, index });
      continue;
    }
    const num = g.num ?? '';
    const base = toNumber(num, g.word);
    const scale = g.scale === undefined ? 1 : (SCALES[g.scale.toLowerCase()] ?? 1);
    const unitWord = g.unit?.toLowerCase();
    // Spelled-out words count only with a scale or unit ("a million"), never alone ("a deal").
    if (g.word !== undefined && g.scale === undefined && g.cur === undefined && unitWord === undefined) {
      if (base < 2) continue;
    }
    const value = base * scale;
    if (!Number.isFinite(value)) continue;
    if (g.cur !== undefined || unitWord === 'dollars' || unitWord === 'euros') {
      const unit = g.cur ? (CURRENCIES[g.cur.toLowerCase()] ?? 'USD') : unitWord === 'euros' ? 'EUR' : 'USD';
      found.push({ kind: 'money', value, unit, text: written, index });
    } else if (unitWord === 'percent' || unitWord === 'per cent' || unitWord === '%') {
      found.push({ kind: 'percent', value, unit: 'percent', text: written, index });
    } else if (unitWord !== undefined) {
      found.push({ kind: 'quantity', value, unit: unitWord, text: written, index });
    } else if (
      g.scale === undefined &&
      g.word === undefined &&
      /^\d{4}$/.test(num) &&
      base >= 1800 &&
      base <= 2100
    ) {
      found.push({ kind: 'date', value: base, unit: null, text: written, index });
    } else {
      found.push({ kind: 'count', value, unit: null, text: written, index });
    }
  }
  return found;
}

/** True when the text states `value` (in base units), allowing for float rounding. */
export function statesValue(text: string, value: number): boolean {
  return findNumbers(text).some((n) => Math.abs(n.value - value) <= Math.abs(value) * 1e-9);
}
