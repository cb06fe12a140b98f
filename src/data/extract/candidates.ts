import { findNumbers, type NumberKind, type StatedNumber } from '../numbers';
import type { Article } from '../schema';
import { type Clause, clausesOf } from './clauses';
import { attributionOf, measureAfter, measureBefore, type QualifierWord, qualifierBefore } from './clues';
import { codesPerClause, dateFor, quoteFor } from './context';
import { splitSentences } from './sentences';

// The figures an article states, each with what the words around it say: what is counted, the
// hedge, who is credited, the year it is for, and the countries its sentence names. Pure: the
// country finder is passed in (the CLI and the workbench build it from countries.json).

/** A country or group named in a text, at [start, end). */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
}
export type FindCountries = (text: string) => CountryMention[];

export interface FigureCandidate {
  kind: Exclude<NumberKind, 'date'>;
  /** Base units; the low end of a range. */
  value: number;
  /** The high end of a range, else null. */
  high: number | null;
  /** Currency code, "percent", a quantity's unit ("km"), or null for a plain count. */
  unit: string | null;
  /** What is counted, in the article's words; null for money and percentages. */
  measure: string | null;
  qualifier: QualifierWord | null;
  /** Who the sentence credits, in its words; null when it credits no one. */
  attribution: string | null;
  /** The verb of the credit ("said", "estimates", "according to"), when there is one. */
  attributionVerb: string | null;
  /** The year the number is for ("in 2024", "by 2030"); a year the number was reported is not one. */
  year: number | null;
  /** A full date the clause gives the number as of. */
  asOf: string | null;
  /** Country codes the clause (or its sentence, or list line) names, in order. */
  countries: string[];
  /** True for a line of a list ("- Mongolia: $1.3 billion (7%)"). */
  listLine: boolean;
  /** As written; for a range, both ends ("USD 6 and 7 billion"). */
  text: string;
  sentence: string;
  /** The shortest clause that states the number, verbatim. */
  quote: string;
  paragraph: number;
  /** Offset of `text` in the article body (paragraphs joined by "\n"). */
  offset: number;
  /** Offset of `text` in `sentence`. */
  offsetInSentence: number;
}

export interface CandidateOptions {
  findCountries?: FindCountries;
  /** Called with the number of characters each step looks at: tests use it to prove linear work. */
  onStep?: (chars: number) => void;
}

const WINDOW = 80;
const isListLine = (paragraph: string) => /^\s*(?:[-*•–]|\d+[.)])\s+/.test(paragraph);

export function findFigureCandidates(article: Article, options: CandidateOptions = {}): FigureCandidate[] {
  const step = options.onStep ?? (() => {});
  const candidates: FigureCandidate[] = [];
  let paragraphStart = 0;
  article.paragraphs.forEach((paragraph, p) => {
    step(paragraph.length);
    const mentions = options.findCountries?.(paragraph) ?? [];
    const listLine = isListLine(paragraph);
    let m = 0; // mentions come in text order, as do sentences: one pointer walks them
    for (const sentence of listLine
      ? [{ text: paragraph, start: 0, end: paragraph.length }]
      : splitSentences(paragraph)) {
      const clauses = clausesOf(sentence.text, listLine);
      step(sentence.text.length);
      const credit = attributionOf(sentence.text);
      while (m < mentions.length && (mentions[m] as CountryMention).start < sentence.start) m++;
      const inSentence: CountryMention[] = [];
      for (let k = m; k < mentions.length && (mentions[k] as CountryMention).end <= sentence.end; k++)
        inSentence.push(mentions[k] as CountryMention);
      const numbers = findNumbers(sentence.text);
      const codesByClause = codesPerClause(clauses, inSentence, sentence.start);
      const sentenceCodes = [...new Set(inSentence.map((x) => x.code))];
      let c = 0;
      for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i] as StatedNumber;
        if (n.kind === 'date' || n.value === null) continue;
        // A range is one candidate: its low end, carrying the high end.
        if (n.range !== null && n.index !== n.range.index) continue;
        // "the two countries", "the five nations" point back at things already named: not a figure.
        if (
          /^[a-z]+$/.test(n.text) &&
          /\bthe\s+$/i.test(sentence.text.slice(Math.max(0, n.index - 5), n.index))
        )
          continue;
        while (c + 1 < clauses.length && (clauses[c] as Clause).end <= n.index) c++;
        const clause = clauses[c] as Clause;
        const text = n.range?.text ?? n.text;
        const end = n.index + text.length;
        const before = sentence.text.slice(Math.max(clause.start, n.index - WINDOW), n.index);
        const after = sentence.text.slice(end, Math.min(clause.end, end + WINDOW));
        step(before.length + after.length);
        const hedge = qualifierBefore(before);
        const counted = n.kind === 'count' || n.kind === 'quantity';
        const unhedged = before.replace(
          /\b(?:approximately|nearly|almost|about|around|roughly|some|more than|over|at least|up to|an estimated|estimated at)\s+(?:between\s+|from\s+)?$/i,
          '',
        );
        const measure = counted ? (measureAfter(after) ?? measureBefore(unhedged)) : null;
        const qualifier =
          hedge ?? (n.atLeast ? 'more than' : /^estimat/.test(credit?.verb ?? '') ? 'estimated' : null);
        const { year, asOf } = dateFor(sentence.text, numbers, i, clause);
        const clauseCodes = codesByClause[c] ?? [];
        candidates.push({
          kind: n.kind,
          value: n.value,
          high: n.range?.high ?? null,
          unit: n.kind === 'count' ? null : n.unit,
          measure,
          qualifier,
          attribution: credit?.who ?? null,
          attributionVerb: credit?.verb ?? null,
          year,
          asOf,
          countries: clauseCodes.length > 0 ? clauseCodes : sentenceCodes,
          listLine,
          text,
          sentence: sentence.text,
          quote: quoteFor(sentence.text, clause, n.index, end),
          paragraph: p + 1,
          offset: paragraphStart + sentence.start + n.index,
          offsetInSentence: n.index,
        });
      }
    }
    paragraphStart += paragraph.length + 1;
  });
  return candidates;
}
