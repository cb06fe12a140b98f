import { findNumbers, type NumberKind, type StatedNumber } from '../numbers';
import type { Article, Flow, Period } from '../schema';
import { type Clause, clausesOf } from './clauses';
import { attributionOf, measureAfter, measureBefore, type QualifierWord, qualifierBefore } from './clues';
import {
  type CountryRole,
  clauseHasDate,
  codesPerClause,
  dateFor,
  namedIn,
  quoteFor,
  soleYear,
} from './context';
import { notAnAmount } from './notAmounts';
import {
  flowOf,
  type Growth,
  growthOf,
  periodFor,
  periodSpans,
  relativeYearIn,
  settleUnit,
} from './readings';
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
  /** "last year", "this year" near the number, and the year it means from the article's date. */
  relativeYear: { words: string; year: number | null } | null;
  /** The part of a year the number covers ("in the first quarter"), with its year resolved. */
  period: Period | null;
  /** Set when the period's year comes from the article's date, or could not be found. */
  periodNote: string | null;
  /** Percentages only: set when the words make the number a change ("rose 12%"). */
  growth: Growth | null;
  /** Money and growth: the side of trade the words name ("exports to", "imports from", "turnover"). */
  flow: Flow | null;
  /** Money only: the currencies a shared sign or word may mean when nothing settles it. */
  currencyChoices: string[];
  /** Country codes the clause (or its sentence, or list line) names, in order. */
  countries: string[];
  /** How each of `countries` is named: plainly (a subject) or after "with", "in", "to", "from", "by". */
  countryRoles: CountryRole[];
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
/** A clause that names its own time ("a year earlier", "last year") takes no year from its sentence. */
const OTHER_TIME = /\b(?:years? (?:earlier|ago|before)|(?:last|this|next|previous|past) year)\b/i;
const isListLine = (paragraph: string) => /^\s*(?:[-*•–]|\d+[.)])\s+/.test(paragraph);

export function findFigureCandidates(article: Article, options: CandidateOptions = {}): FigureCandidate[] {
  const step = options.onStep ?? (() => {});
  const candidates: FigureCandidate[] = [];
  const articleText = article.paragraphs.join('\n');
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
      const numbers = findNumbers(sentence.text);
      // "US" in "21.5 million US dollars" names a currency, not a country: one walk of both lists.
      const inSentence: CountryMention[] = [];
      for (
        let k = m, j = 0;
        k < mentions.length && (mentions[k] as CountryMention).end <= sentence.end;
        k++
      ) {
        const mention = mentions[k] as CountryMention;
        const at = mention.start - sentence.start;
        while (
          j < numbers.length &&
          (numbers[j] as StatedNumber).index + (numbers[j] as StatedNumber).text.length <= at
        )
          j++;
        const n = numbers[j];
        if (n === undefined || n.index > at) inSentence.push(mention);
      }
      const codesByClause = codesPerClause(clauses, inSentence, sentence.start);
      const periods = periodSpans(sentence.text);
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
        if (notAnAmount(sentence.text, n, periods)) continue;
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
        const dated = dateFor(sentence.text, numbers, i, clause);
        const asOf = dated.asOf;
        const growth = n.kind === 'percent' ? growthOf(clause.text, before, after) : null;
        // A year the change is measured against is not the year it is for.
        const against = (y: number | null) =>
          y !== null && (growth?.comparedWith?.includes(String(y)) ?? false);
        let year = against(dated.year) ? null : dated.year;
        if (year === null && !clauseHasDate(numbers, clause) && !OTHER_TIME.test(clause.text)) {
          const sole = soleYear(sentence.text, numbers);
          if (!against(sole)) year = sole;
        }
        const clauseCodes = codesByClause[c] ?? [];
        const [from, to] = clauseCodes.length > 0 ? [clause.start, clause.end] : [0, sentence.text.length];
        const named = namedIn(inSentence, sentence.start, sentence.text, from, to);
        const relative =
          year === null
            ? (relativeYearIn(clause.text, article.published) ??
              relativeYearIn(sentence.text, article.published))
            : null;
        const reading = periodFor(periods, clause, year ?? relative?.year ?? null, article.published);
        year ??= reading.statedYear;
        const money =
          n.kind === 'money' && n.currencies !== undefined
            ? settleUnit(n.currencies, sentence.text, articleText)
            : { unit: n.unit, choices: [] };
        candidates.push({
          kind: n.kind,
          value: n.value,
          high: n.range?.high ?? null,
          unit: n.kind === 'count' ? null : money.unit,
          measure,
          qualifier,
          attribution: credit?.who ?? null,
          attributionVerb: credit?.verb ?? null,
          year,
          asOf,
          relativeYear: relative,
          period: reading.period,
          periodNote:
            reading.guessedFrom !== null
              ? "the year comes from the article's date"
              : reading.unresolved !== null
                ? `"${reading.unresolved}" gives no year and the article has no date`
                : null,
          growth,
          flow:
            n.kind === 'money' || growth !== null
              ? (flowOf(clause.text, n.index - clause.start) ??
                (growth === null ? null : flowOf(sentence.text, n.index)))
              : null,
          currencyChoices: money.choices,
          countries: named.codes,
          countryRoles: named.roles,
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
