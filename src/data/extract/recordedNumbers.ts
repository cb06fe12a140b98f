import { normaliseSpace } from '../checkDataset';
import { findNumbers, isInUnit, type NumberKind, type StatedNumber, sameValue } from '../numbers';
import type { Article, Figure, Source, TimelineEvent } from '../schema';
import { type CandidateOptions, type FigureCandidate, findFigureCandidates } from './candidates';
import { splitSentences } from './sentences';

// The numbers an article states, each with its sentence, marked with the figure (or event) that
// already records it. A curator reads the unmarked ones and decides which belong in the data.

/** How a record captures a candidate: as its value, its year, its as-of date, or an event's date. */
export type CapturedAs = 'value' | 'year' | 'asOf' | 'date';

export interface Candidate {
  kind: NumberKind;
  /** Base units; a date's year (null when the text gives none). */
  value: number | null;
  unit: string | null;
  /** Dates only: ISO 8601 as precise as the text. */
  date: string | null;
  /** As written. */
  text: string;
  sentence: string;
  /** Offset of `text` in `sentence`. */
  indexInSentence: number;
  /** 1-based paragraph number in the article body. */
  paragraph: number;
  /** Offset of `text` in the article body (paragraphs joined by "\n", as the validator reads them). */
  offset: number;
  figureId: string | null;
  eventId: string | null;
  capturedAs: CapturedAs | null;
  /** What the words around an amount say (measure, range, hedge, credit, year); null for dates. */
  reading: FigureCandidate | null;
}

interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a quote sits in the article body: verbatim occurrences, else occurrences that differ only
 * in whitespace (the validator accepts those with a warning). Empty when the quote is not there.
 */
export function quoteSpans(body: string, quote: string): Span[] {
  const spans: Span[] = [];
  for (let at = body.indexOf(quote); at >= 0 && quote !== ''; at = body.indexOf(quote, at + 1))
    spans.push({ start: at, end: at + quote.length });
  if (spans.length > 0) return spans;
  const words = normaliseSpace(quote).split(' ').filter(Boolean);
  if (words.length === 0) return spans;
  for (const m of body.matchAll(new RegExp(words.map(escapeRegExp).join('\\s+'), 'g')))
    spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return spans;
}

/** Where a record's quote sits in the body: found once per record, not once per number. */
type QuoteWhere = { spans: Span[]; quote: string };
const quoteWhere = (body: string, source: Source): QuoteWhere => ({
  spans: quoteSpans(body, source.quote),
  quote: normaliseSpace(source.quote),
});

/** True when the record's quote covers part of the candidate's sentence (or, if the quote is not in the article, contains the candidate's text). */
function locatedIn(where: QuoteWhere, sentence: Span, text: string): boolean {
  if (where.spans.length === 0) return where.quote.includes(normaliseSpace(text));
  return where.spans.some((s) => s.start < sentence.end && sentence.start < s.end);
}

function figureCapture(n: StatedNumber, f: Figure): CapturedAs | null {
  if (n.value !== null && isInUnit(n, f.unit) && sameValue(n.value, f.value)) return 'value';
  if (n.kind !== 'date') return null;
  if (f.asOf !== null && n.date === f.asOf) return 'asOf';
  if (f.year !== null && n.value === f.year) return 'year';
  return null;
}

/** An event captures a date with the same year, month and day as far as both give them. */
function eventCaptures(n: StatedNumber, e: TimelineEvent): boolean {
  if (n.kind !== 'date' || n.date === null) return false;
  if (n.date.startsWith('--')) return e.date.length === 10 && e.date.slice(4) === n.date.slice(1);
  return n.date === e.date;
}

export function extractCandidates(
  article: Article,
  figures: readonly Figure[],
  events: readonly TimelineEvent[] = [],
  options: CandidateOptions & { readings?: readonly FigureCandidate[] } = {},
): Candidate[] {
  const body = article.paragraphs.join('\n');
  // A caller that has already read the figures (the workbench drafts from them) passes them in.
  const readings = new Map(
    (options.readings ?? findFigureCandidates(article, options)).map((c) => [c.offset, c]),
  );
  const ownFigures = figures
    .filter((f) => f.source.article === article.id)
    .map((f) => ({ f, where: quoteWhere(body, f.source) }));
  const ownEvents = events
    .filter((e) => e.source.article === article.id)
    .map((e) => ({ e, where: quoteWhere(body, e.source) }));
  const candidates: Candidate[] = [];
  let paragraphStart = 0;
  article.paragraphs.forEach((paragraph, p) => {
    for (const sentence of splitSentences(paragraph)) {
      const span = { start: paragraphStart + sentence.start, end: paragraphStart + sentence.end };
      for (const n of findNumbers(sentence.text)) {
        let figureId: string | null = null;
        let capturedAs: CapturedAs | null = null;
        // A figure that records this number as its value wins over one that records it as a year.
        for (const { f, where } of ownFigures) {
          const as = figureCapture(n, f);
          if (as === null || !locatedIn(where, span, n.text)) continue;
          if (capturedAs === null || (as === 'value' && capturedAs !== 'value')) {
            figureId = f.id;
            capturedAs = as;
          }
        }
        const event = ownEvents.find(
          ({ e, where }) => eventCaptures(n, e) && locatedIn(where, span, n.text),
        )?.e;
        candidates.push({
          kind: n.kind,
          value: n.value,
          unit: n.unit,
          date: n.date,
          text: n.text,
          sentence: sentence.text,
          indexInSentence: n.index,
          paragraph: p + 1,
          offset: span.start + n.index,
          figureId,
          eventId: event?.id ?? null,
          capturedAs: capturedAs ?? (event ? 'date' : null),
          reading: readings.get(span.start + n.index) ?? null,
        });
      }
    }
    paragraphStart += paragraph.length + 1;
  });
  return candidates;
}

/** Figures sourced from this article that no candidate matched as its value: the extractor or the figure is wrong. */
export function unmatchedFigures(
  article: Article,
  figures: readonly Figure[],
  candidates: Candidate[],
): Figure[] {
  const found = new Set(candidates.filter((c) => c.capturedAs === 'value').map((c) => c.figureId));
  return figures.filter((f) => f.source.article === article.id && !found.has(f.id));
}
