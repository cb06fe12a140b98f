import { format } from 'd3-format';

// Numbers as people read them in a news story: "$95 billion", "1.4 billion people", "10%",
// "EUR 2.5 billion", "75 cruise missiles". Types are spelled out here (not imported from the data
// schema) so this file stays a leaf: any other unit is an ISO 4217 currency code.

export type ValueUnit = 'USD' | 'people' | 'percent' | 'items' | (string & {});
export type ValueQualifier = 'around' | 'estimated' | 'more than' | null;

export interface AmountOptions {
  /** A noun after the number, such as "people" or "deaths"; `nounOne` is used for exactly 1. */
  noun?: string;
  nounOne?: string;
  /** The high end of a range, in the same unit: "$40 million to $45 million". */
  high?: number;
}

const SCALES = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

// Three significant digits, trailing zeros trimmed: 95, 1.4, 17.5, 1.25.
const significant = format('.3~r');
const grouped = format(',~f');

/** A whole count with thousands grouped: "3,412". */
export const formatCount = (count: number): string => grouped(Math.round(count));

/** The number part alone: "95 billion", "1.4 billion", "224", "12,300". */
export function formatMagnitude(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (let i = 0; i < SCALES.length; i++) {
    const scale = SCALES[i]!;
    if (abs < scale.size) continue;
    const digits = significant(abs / scale.size);
    // 999.9 million rounds to "1,000 million": say "1 billion" instead.
    if (Number(digits) >= 1000 && i > 0)
      return `${sign}${significant(abs / SCALES[i - 1]!.size)} ${SCALES[i - 1]!.word}`;
    return `${sign}${digits} ${scale.word}`;
  }
  return `${sign}${grouped(Math.round(abs * 100) / 100)}`;
}

/** A value with its unit: "$95 billion", "80 million", "224 deaths", "10%". */
export function formatAmount(value: number, unit: ValueUnit, options: AmountOptions = {}): string {
  const { high, ...single } = options;
  if (high !== undefined)
    return `${formatAmount(value, unit, single)} to ${formatAmount(high, unit, single)}`;
  if (unit === 'percent') return `${significantOrGrouped(value)}%`;
  const magnitude = formatMagnitude(value);
  if (unit === 'USD') return magnitude.startsWith('-') ? `-$${magnitude.slice(1)}` : `$${magnitude}`;
  // Money in another currency keeps its code, as news wires write it: "EUR 2.5 billion".
  if (unit !== 'people' && unit !== 'items') return `${unit} ${magnitude}`;
  if (options.noun === undefined) return magnitude;
  const noun = value === 1 && options.nounOne !== undefined ? options.nounOne : options.noun;
  return `${magnitude} ${noun}`;
}

function significantOrGrouped(value: number): string {
  return Math.abs(value) >= 1000 ? grouped(Math.round(value)) : significant(value);
}

/** A value as the source words it: "around $64 billion", "more than 1 million". */
export function formatValue(
  value: number,
  unit: ValueUnit,
  qualifier: ValueQualifier,
  options: AmountOptions = {},
): string {
  return withQualifier(formatAmount(value, unit, options), qualifier);
}

/** An amount as the source words it: "around $64 billion". */
export const withQualifier = (amount: string, qualifier: ValueQualifier): string =>
  qualifier === null ? amount : `${qualifier} ${amount}`;

/** Approximate values get a distinct look; "more than" is a floor, not an approximation. */
export function isApproximate(qualifier: ValueQualifier): boolean {
  return qualifier === 'around' || qualifier === 'estimated';
}

/** What a qualifier means, in words, for tooltips and tables. */
export function describeQualifier(qualifier: ValueQualifier): string {
  switch (qualifier) {
    case 'around':
      return 'approximate ("around")';
    case 'estimated':
      return 'an estimate ("estimated")';
    case 'more than':
      return 'a lower bound ("more than")';
    default:
      return 'stated without qualification';
  }
}

/** A ratio for a computed label: 17.5, 2, 0.06. */
export function formatRatio(ratio: number): string {
  return significantOrGrouped(ratio);
}
