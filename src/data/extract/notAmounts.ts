import type { StatedNumber } from '../numbers';
import type { periodSpans } from './readings';

/**
 * Numbers that are not amounts: the "nine" of "the first nine months", a clock time in a live
 * blog ("14:05 GMT"), and a number that ends a name ("Operation Northern Shield 3", "Line 4").
 */
export function notAnAmount(
  sentence: string,
  n: StatedNumber,
  periods: ReturnType<typeof periodSpans>,
): boolean {
  if (periods.some((p) => n.index >= p.index && n.index < p.index + p.text.length)) return true;
  if (n.kind !== 'count' || !/^\d+$/.test(n.text)) return false;
  if (/\d:$/.test(sentence.slice(Math.max(0, n.index - 2), n.index))) return true;
  if (/^:\d{2}\b/.test(sentence.slice(n.index + n.text.length, n.index + n.text.length + 3))) return true;
  const word = /([A-Z][\p{L}'’-]*)\s$/u.exec(sentence.slice(Math.max(0, n.index - 30), n.index));
  if (word === null || SENTENCE_OPENERS.has(word[1] as string)) return false;
  if (NAMING_WORDS.has(word[1] as string)) return true;
  // The first word of a sentence is capitalised whatever it is: no sign of a name.
  return !/^\s*["“(]?$/.test(sentence.slice(0, n.index - word[0].length));
}

/** Words that a number completes as a name wherever they stand: "Resolution 2231", "Line 4". */
const NAMING_WORDS = new Set([
  ...['Operation', 'Resolution', 'Model', 'Phase', 'Line', 'Unit', 'Block', 'Terminal', 'Article'],
  ...['Flight', 'Route', 'Stage', 'Round', 'Section', 'Chapter', 'Gate', 'Platform', 'Reactor', 'Lot'],
]);

/** Capitalised words that open a clause rather than name a thing: "In 2024", "About 40". */
const SENTENCE_OPENERS = new Set([
  ...['In', 'On', 'At', 'About', 'Around', 'Some', 'Nearly', 'Almost', 'Over', 'Of', 'The', 'By'],
  ...['To', 'For', 'Since', 'Until', 'Only', 'Just', 'And', 'But', 'Up', 'January', 'February'],
  ...['March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'],
  ...['December'],
]);
