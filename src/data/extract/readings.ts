import { settleCurrency } from '../numberCurrencies';
import type { Flow, Period } from '../schema';
import { findPeriods, periodIn, type StatedPeriod } from '../statedPeriods';
import type { Clause } from './clauses';

// More of what the words around a number say: whether a percentage is a change (and against
// what), which side of trade money is, which part of a year a number covers, which year "last
// year" means, and which currency a shared sign or word means. Each reads one clause or sentence.

export interface Growth {
  /** -1 when the words say it fell. */
  sign: 1 | -1;
  comparedWith: string | null;
}

const CHANGE_BEFORE =
  /\b(?:(?<up>rose|rise|risen|rising|grew|grown|growing|growth of|increased?|jumped|surged|climbed|gained|expanded|up|a rise of|an increase of|a jump of|growth of)|(?<down>fell|fallen|falling|dropped|declined|decreased|slumped|shrank|contracted|slid|plunged|down|a fall of|a drop of|a decline of|a decrease of))\s+(?:by\s+)?(?:(?:some|about|around|nearly|almost|roughly|approximately|more than|over|an estimated)\s+)?$/i;
const CHANGE_AFTER =
  /^\s*(?:(?<up>more|higher|up|year[ -]on[ -]year|y\/y|increase|rise|growth|jump|gain)|(?<down>less|lower|down|drop|decline|fall|decrease))\b/i;
const COMPARED =
  /\b(?:year[ -]on[ -]year|(?:from |than )?a year (?:earlier|ago|before)|(?:than )?in the same (?:period|quarter|month) of \d{4}|(?:than )?(?:in )?the same period (?:of|last) (?:\d{4}|year)|on the (?:previous|preceding) (?:year|quarter|month)|(?:from|on|compared with|than in) \d{4}|compared with [^,.;]{3,60})/i;

/** A percentage is a change when a verb or noun of change stands next to it ("rose 12%", "6% more"). */
export function growthOf(clause: string, before: string, after: string): Growth | null {
  // "up from 21.9 percent", "rose to 12%": the level before or after a change, not the change.
  if (/\b(?:from|to)\s+(?:(?:about|around|nearly|some)\s+)?$/i.test(before)) return null;
  const change = CHANGE_BEFORE.exec(before) ?? CHANGE_AFTER.exec(after);
  if (change === null) return null;
  const compared = COMPARED.exec(clause)?.[0]?.replace(/^(?:from|than|on|compared with|than in|in)\s+/i, '');
  return { sign: change.groups?.down === undefined ? 1 : -1, comparedWith: compared?.trim() ?? null };
}

const FLOW_CUES: [RegExp, Flow][] = [
  [/\bexport(?:s|ed|ing)?\b/gi, 'exports'],
  [/\bimport(?:s|ed|ing)?\b/gi, 'imports'],
  // Transit trade earns fees: it is neither side's exports, imports or turnover.
  [/\b(?:turnover|two-way trade|bilateral trade|total trade|(?<!transit )trade)\b/gi, 'total'],
];

/** Which side of trade money in a clause is: the cue nearest before it, else the first after it. */
export function flowOf(clause: string, at: number): Flow | null {
  let best: { flow: Flow; distance: number } | null = null;
  for (const [pattern, flow] of FLOW_CUES)
    for (const m of clause.matchAll(pattern)) {
      const distance = m.index <= at ? at - m.index : 10_000 + m.index - at;
      if (best === null || distance < best.distance) best = { flow, distance };
    }
  return best?.flow ?? null;
}

/** Numbers inside these are not amounts: "the first nine months", "the second half". */
export const periodSpans = (sentence: string): StatedPeriod[] => findPeriods(sentence);

export interface PeriodReading {
  period: Period | null;
  /** How the year was found when the words give none: from the article's date. */
  guessedFrom: 'article date' | null;
  /** The period's words, when they give no year and the article has no date. */
  unresolved: string | null;
  /** The year written with the period ("in H1 2024"). */
  statedYear: number | null;
}

/**
 * The part of a year a number covers: the period in its clause, else the one period its sentence
 * names. Its year is the one written with it, else the number's year, else the latest such period
 * that ended by the article's date.
 */
export function periodFor(
  periods: readonly StatedPeriod[],
  clause: Clause,
  year: number | null,
  published: string | null,
): PeriodReading {
  const inClause = periods.filter((p) => p.index >= clause.start && p.index < clause.end);
  const p = inClause[0] ?? (periods.length === 1 ? periods[0] : undefined);
  const none = { guessedFrom: null, unresolved: null, statedYear: null };
  if (p === undefined) return { period: null, ...none };
  const known = p.year ?? year;
  if (known !== null) return { ...none, period: periodIn(p, known), statedYear: p.year };
  if (published === null) return { ...none, period: null, unresolved: p.text };
  const y = Number(published.slice(0, 4));
  const candidate = periodIn(p, y);
  const period = candidate.end <= published.slice(0, 7) ? candidate : periodIn(p, y - 1);
  return { ...none, period, guessedFrom: 'article date' };
}

const RELATIVE = /\b(?<!since |than |from )(?<which>last|this|next|previous|past) year\b/gi;

/** "last year", "this year", "next year" in a text, and the year each means from `published`. */
export function relativeYearIn(
  text: string,
  published: string | null,
): { words: string; year: number | null } | null {
  const found = [...text.matchAll(RELATIVE)];
  const m = found[0];
  if (m === undefined || found.length > 1) return null;
  const which = m.groups?.which?.toLowerCase() ?? 'this';
  if (published === null) return { words: m[0], year: null };
  const y = Number(published.slice(0, 4));
  const offset = which === 'next' ? 1 : which === 'this' ? 0 : -1;
  return { words: m[0], year: y + offset };
}

/** The currency a shared sign or word means here: settled by the sentence, else by the article. */
export function settleUnit(
  choices: readonly string[],
  sentence: string,
  articleText: string,
): { unit: string; choices: string[] } {
  const settled = settleCurrency(choices, sentence) ?? settleCurrency(choices, articleText);
  return settled === null
    ? { unit: choices[0] as string, choices: [...choices] }
    : { unit: settled, choices: [] };
}
