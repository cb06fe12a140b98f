import type { StatedNumber } from '../numbers';
import type { CountryMention } from './candidates';
import type { Clause } from './clauses';
import { isYearCue } from './clues';

// What a number's clause and sentence add to it: its quote, the countries named, the year it is
// for and the date it is as of. Each walks sorted lists once or looks at a bounded window.

/** Longer than this, a clause is cut to the words around the number (a quote is at most 2,000). */
const LONGEST_QUOTE = 300;

/** The clause that states the number; in a run-on clause, the words around it, still verbatim. */
export function quoteFor(sentence: string, clause: Clause, start: number, end: number): string {
  if (clause.text.length <= LONGEST_QUOTE) return clause.text;
  let from = Math.max(clause.start, start - 100);
  let to = Math.min(clause.end, end + 100);
  while (from > clause.start && !/\s/.test(sentence[from - 1] as string) && start - from < 140) from--;
  while (to < clause.end && !/\s/.test(sentence[to] as string) && to - end < 140) to++;
  return sentence.slice(from, to).trim();
}

/** The codes each clause names, in order, without repeats: one walk over clauses and mentions. */
export function codesPerClause(
  clauses: readonly Clause[],
  mentions: readonly CountryMention[],
  offset: number,
): string[][] {
  const result: string[][] = clauses.map(() => []);
  let c = 0;
  for (const mention of mentions) {
    while (c + 1 < clauses.length && (clauses[c] as Clause).end <= mention.start - offset) c++;
    const codes = result[c] as string[];
    if (!codes.includes(mention.code)) codes.push(mention.code);
  }
  return result;
}

/** The year a number is for and the date it is as of, from the dates in its own clause. */
export function dateFor(
  sentence: string,
  numbers: StatedNumber[],
  at: number,
  clause: Clause,
): { year: number | null; asOf: string | null } {
  let year: number | null = null;
  let asOf: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  const origin = (numbers[at] as StatedNumber).index;
  // Look outward from the number, but never past its clause: each clause is scanned by its own numbers only.
  for (let k = at - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) consider(numbers[k] as StatedNumber);
  for (let k = at + 1, seen = 0; k < numbers.length && seen < 8; k++, seen++)
    consider(numbers[k] as StatedNumber);
  return { year, asOf };

  function consider(d: StatedNumber) {
    if (d.kind !== 'date' || d.date === null) return;
    const full = /^\d{4}-\d{2}-\d{2}$/.test(d.date);
    if (d.index < clause.start || d.index >= clause.end) {
      // "As of June 12, 2025, 1,204 people had died": an as-of date may open the sentence.
      if (full && /\bas (?:of|at)\s+$/i.test(sentence.slice(Math.max(0, d.index - 8), d.index)))
        asOf ??= d.date;
      return;
    }
    if (full) asOf ??= d.date;
    const gap = Math.abs(d.index - origin);
    const cue = clause.text.slice(Math.max(0, d.index - clause.start - 40), d.index - clause.start);
    if (d.value !== null && d.text === d.date && isYearCue(cue) && gap < distance) {
      year = d.value;
      distance = gap;
    }
  }
}

/** Whether a clause states any date or year. */
export const clauseHasDate = (numbers: readonly StatedNumber[], clause: Clause): boolean =>
  numbers.some((d) => d.kind === 'date' && d.index >= clause.start && d.index < clause.end);

/** The one year a sentence gives a number for ("in 2024"), when it gives exactly one; else null. */
export function soleYear(sentence: string, numbers: readonly StatedNumber[]): number | null {
  const years = new Set<number>();
  for (const d of numbers)
    if (
      d.kind === 'date' &&
      d.value !== null &&
      d.text === d.date &&
      isYearCue(sentence.slice(Math.max(0, d.index - 40), d.index))
    )
      years.add(d.value);
  return years.size === 1 ? ([...years][0] as number) : null;
}

/** How a clause names a country: as its subject, or after a preposition ("with China", "in Iran"). */
export type CountryRole = 'plain' | 'with' | 'in' | 'to' | 'from' | 'by';

const ROLE_BEFORE =
  /\b(with|in|into|inside|to|from|by|against|between|through|via)\s+(?:the\s+)?(?:[a-z]+\s+)?$/i;

/** The codes named in [start, end) of a sentence, in order without repeats, each with its role. */
export function namedIn(
  mentions: readonly CountryMention[],
  offset: number,
  sentence: string,
  start: number,
  end: number,
): { codes: string[]; roles: CountryRole[] } {
  const codes: string[] = [];
  const roles: CountryRole[] = [];
  for (const m of mentions) {
    const at = m.start - offset;
    if (at < start || at >= end || codes.includes(m.code)) continue;
    const word = ROLE_BEFORE.exec(sentence.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
    codes.push(m.code);
    roles.push(
      word === undefined
        ? 'plain'
        : word === 'into' || word === 'inside'
          ? 'in'
          : word === 'against'
            ? 'by'
            : word === 'between' || word === 'through' || word === 'via'
              ? 'with'
              : (word as CountryRole),
    );
  }
  return { codes, roles };
}
