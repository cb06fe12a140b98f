import type { Random } from './random';

// Text helpers for the synthetic articles: number formatting the validator's number reader
// understands, slugs that satisfy the id pattern, and pronounceable invented place names.

/** 1234567 → "1,234,567" (written out by hand: locale data differs between Node builds). */
export function withCommas(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/** A number of tenths as text, without a trailing ".0": 124 → "12.4", 120 → "12". */
export const tenths = (count: number): string =>
  count % 10 === 0 ? String(count / 10) : (count / 10).toFixed(1);

/** Lowercase letters, digits and single hyphens, at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'x';
}

const ONSETS = ['b', 'd', 'g', 'k', 'kh', 'm', 'n', 'q', 'r', 's', 'sh', 't', 'y', 'z', 'ch', 'j', 'l'];
const VOWELS = ['a', 'o', 'u', 'i', 'e', 'ay', 'ia'];
const CODAS = ['', '', 'n', 'r', 'sh', 'k', 'l', 'z', 't'];

/** An invented, pronounceable name of two or three syllables, such as "Karatau" or "Shonkul". */
export function inventName(rng: Random): string {
  const syllables = rng.between(2, 3);
  let name = '';
  for (let i = 0; i < syllables; i++) {
    name += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "A", "A and B", "A, B and C" */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Who articles attribute numbers to, by what the number is about. */
export const REPORTERS = {
  trade: ['customs officials', 'the trade ministry', 'the national statistics committee', 'the central bank'],
  deaths: [
    'the health ministry',
    'a regional rights group',
    'an international monitoring group',
    'local officials',
  ],
  population: ['the national statistics committee', 'census officials'],
  detentions: ['a regional rights group', 'the prosecutor general', 'lawyers for the detainees'],
  tariff: ['the trade ministry', 'the economy ministry'],
  places: ['local officials', 'customs officials', 'residents', 'an international monitoring group'],
} as const;
