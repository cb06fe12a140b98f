import type { TextRange } from '../state/textSearch';

// Turns a paragraph and the quotes found in it into flat runs the reader renders as text and
// <mark> elements: no HTML strings anywhere. Quotes may overlap, nest, repeat each other exactly,
// or end on punctuation; each run knows every quote covering it, most specific first.

export interface QuoteRange extends TextRange {
  key: string;
  /** False on the second and later paragraphs of a quote that runs across a paragraph break. */
  head: boolean;
}

export interface RunPart {
  text: string;
  /** The words name a selected country. */
  mention: boolean;
  /** The words are in the sentence a search opened the article at. */
  hit: boolean;
}

export interface Run {
  start: number;
  end: number;
  /** Quotes covering this run, the shortest (most specific) first. */
  keys: string[];
  /** Quotes that begin at this run: the place a reader's focus goes for them. */
  heads: string[];
  parts: RunPart[];
}

/** Cuts [0, length) at every range boundary; each piece lists the ranges covering it, in input order. */
export function cut<R extends TextRange>(
  length: number,
  ranges: readonly R[],
): { start: number; end: number; covering: R[] }[] {
  const clipped = ranges
    .map((r) => ({ r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((c) => c.start < c.end);
  const bounds = [...new Set([0, length, ...clipped.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  const pieces: { start: number; end: number; covering: R[] }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    pieces.push({
      start,
      end,
      covering: clipped.filter((c) => c.start <= start && c.end >= end).map((c) => c.r),
    });
  }
  return pieces;
}

export function buildRuns(
  text: string,
  quotes: readonly QuoteRange[],
  mentions: readonly TextRange[],
  hit: TextRange | null = null,
): Run[] {
  const marks = hit === null ? mentions : [...mentions, hit];
  const bySpecificity = [...quotes].sort((a, b) => a.end - a.start - (b.end - b.start));
  return cut(text.length, bySpecificity).map(({ start, end, covering }) => ({
    start,
    end,
    keys: [...new Set(covering.map((q) => q.key))],
    heads: [...new Set(covering.filter((q) => q.head && q.start === start).map((q) => q.key))],
    parts: cut(
      end - start,
      marks.map((m) => ({ start: m.start - start, end: m.end - start, isHit: m === hit })),
    ).map((p) => ({
      text: text.slice(start + p.start, start + p.end),
      mention: p.covering.some((m) => !m.isHit),
      hit: p.covering.some((m) => m.isHit),
    })),
  }));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a quote sits in a text: verbatim if it is there, else allowing any run of whitespace
 * (line breaks included) where the quote has a space, as the validator does.
 */
export function findQuote(text: string, quote: string): TextRange | null {
  const trimmed = quote.trim();
  if (trimmed === '') return null;
  const exact = text.indexOf(trimmed);
  if (exact >= 0) return { start: exact, end: exact + trimmed.length };
  const loose = new RegExp(trimmed.split(/\s+/).map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return loose === null ? null : { start: loose.index, end: loose.index + loose[0].length };
}

/**
 * Finds each quote in an article and splits it over the paragraphs it covers. Returns ranges per
 * paragraph (offsets within that paragraph) and the keys of quotes not found.
 */
export function locateQuotes(
  paragraphs: readonly string[],
  quotes: readonly { key: string; quote: string }[],
): { ranges: QuoteRange[][]; missing: string[] } {
  const text = paragraphs.join('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push(at);
    at += p.length + 1;
  }
  const ranges: QuoteRange[][] = paragraphs.map(() => []);
  const missing: string[] = [];
  for (const { key, quote } of quotes) {
    const found = findQuote(text, quote);
    if (found === null) {
      missing.push(key);
      continue;
    }
    let head = true;
    paragraphs.forEach((p, i) => {
      const offset = offsets[i] as number;
      const start = Math.max(found.start, offset) - offset;
      const end = Math.min(found.end, offset + p.length) - offset;
      if (start >= end) return;
      ranges[i]?.push({ key, start, end, head });
      head = false;
    });
  }
  return { ranges, missing };
}
