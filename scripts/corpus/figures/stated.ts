import type { Figure, FigureKind, FigureUnit, Qualifier } from '../../../src/data/schema';
import type { ArticleSlot } from '../articles';
import type { GenContext } from '../context';
import { tenths } from '../words';

// What a figure maker returns: the record's facts and the clause that states them. The registry
// (registry.ts) adds the attribution, cites the sentence into the article and makes the record.

export interface Stated {
  kind: FigureKind;
  label: string;
  value: number;
  valueHigh?: number;
  unit: FigureUnit;
  measure?: string;
  /** Growth only: what the change is measured against ("a year earlier"). */
  comparedWith?: string;
  /** Trade only: the subject's exports to, or imports from, the counterpart; absent for turnover. */
  flow?: 'exports' | 'imports';
  /** The clause that states the number (and the high end of a range), as the quote will hold it. */
  core: string;
  year: number | null;
  asOf: string | null;
  qualifier: Qualifier;
  reportedBy: string | null;
  subject: string;
  counterpart: string | null;
  /** The article the sentence goes into. */
  slot: ArticleSlot;
}

export const QUALIFIER_WORDS: Record<NonNullable<Qualifier>, string> = {
  around: 'around ',
  estimated: 'an estimated ',
  'more than': 'more than ',
};

/** A qualifier (mostly none) and the words that write it before a number. */
export function hedge(ctx: GenContext, odds = 0.35): { qualifier: Qualifier; q: string } {
  if (!ctx.rng.chance(odds)) return { qualifier: null, q: '' };
  const qualifier = ctx.rng.pick(['around', 'estimated', 'more than'] as const);
  return { qualifier, q: QUALIFIER_WORDS[qualifier] };
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A whole number in [min, max], small values as common as large ones per order of magnitude. */
export const logUniform = (ctx: GenContext, min: number, max: number): number =>
  Math.min(max, Math.round(min * (max / min) ** ctx.rng.next()));

/** How each currency is written: a sign before, a code before, or a word after the amount. */
const WRITTEN: Partial<Record<FigureUnit, readonly ('sign' | 'code' | 'word')[]>> = {
  USD: ['sign', 'sign', 'code'],
  EUR: ['sign', 'code', 'word'],
  GBP: ['sign', 'code'],
  CNY: ['word', 'code'],
  RUB: ['word', 'code'],
  KZT: ['word', 'code'],
  TRY: ['word', 'code'],
  IRR: ['word'],
  ILS: ['word', 'code'],
  TJS: ['word', 'code'],
};
const SIGNS: Partial<Record<FigureUnit, string>> = { USD: '$', EUR: '€', GBP: '£' };
const WORDS: Partial<Record<FigureUnit, string>> = {
  EUR: 'euros',
  CNY: 'yuan',
  RUB: 'roubles',
  KZT: 'tenge',
  TRY: 'lira',
  IRR: 'rials',
  ILS: 'shekels',
  TJS: 'somoni',
};

export interface Money {
  value: number;
  valueHigh?: number;
  written: string;
}

/**
 * An amount of money as an article writes it, in tenths of millions or billions: "$12.4 billion",
 * "EUR 310 million", "48 billion yuan", and as a range "between EUR 2.5 and 3 billion".
 */
export function money(
  ctx: GenContext,
  unit: FigureUnit,
  lowTenths: number,
  scale: 'million' | 'billion',
  range = false,
): Money {
  const { rng } = ctx;
  const base = scale === 'billion' ? 1e8 : 1e5;
  const style = rng.pick(WRITTEN[unit] ?? ['code']);
  const highTenths = lowTenths + Math.max(1, Math.round(lowTenths * (0.1 + rng.next() * 0.3)));
  const lo = tenths(lowTenths);
  const hi = tenths(highTenths);
  const sign = SIGNS[unit] ?? '';
  const word = WORDS[unit] ?? '';
  let written: string;
  if (style === 'sign' && sign !== '')
    written = range ? `${sign}${lo}–${hi} ${scale}` : `${sign}${lo} ${scale}`;
  else if (style === 'word' && word !== '')
    written = range ? `between ${lo} and ${hi} ${scale} ${word}` : `${lo} ${scale} ${word}`;
  else written = range ? `between ${unit} ${lo} and ${hi} ${scale}` : `${unit} ${lo} ${scale}`;
  return range
    ? { value: lowTenths * base, valueHigh: highTenths * base, written }
    : { value: lowTenths * base, written };
}

/** Fields every figure has, for makers to spread into a `Stated`. */
export type StatedBase = Pick<Figure, 'year' | 'asOf' | 'qualifier' | 'reportedBy' | 'counterpart'>;
