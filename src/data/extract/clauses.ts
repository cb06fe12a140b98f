// Splits a sentence into clauses at commas, semicolons and dashes between words, so that each
// number can be quoted by the shortest stretch of words that states it. "1,204" has no space
// after its comma and is never split.

export interface Clause {
  text: string;
  /** Offsets of `text` in the sentence: [start, end). */
  start: number;
  end: number;
}

// Not before a year: "June 12, 2025" is one date.
const BREAK = /,\s(?!\d{4}\b)|;\s|\s[–—]\s/g;
/** A clause shorter than this is joined to its neighbour: "at between 1,300 and 1,450" alone says little. */
const MIN_WORDS = 4;

export function clausesOf(sentence: string, listLine = false): Clause[] {
  const spans: [number, number][] = [];
  if (listLine) {
    // A list line is quoted whole, without its bullet: "Mongolia: $1.3 billion (7%)".
    const bullet = /^\s*(?:[-*•–]|\d+[.)])\s+/.exec(sentence)?.[0].length ?? 0;
    spans.push([bullet, sentence.length]);
  } else {
    let start = 0;
    for (const m of sentence.matchAll(BREAK)) {
      spans.push([start, m.index]);
      start = m.index + m[0].length;
    }
    spans.push([start, sentence.length]);
  }
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    const words = sentence.slice(span[0], span[1]).trim().split(/\s+/).length;
    if (last !== undefined && words < MIN_WORDS) last[1] = span[1];
    else merged.push([...span]);
  }
  // A short first clause joins the one after it.
  const first = merged[0];
  const second = merged[1];
  if (first && second && sentence.slice(first[0], first[1]).trim().split(/\s+/).length < MIN_WORDS) {
    second[0] = first[0];
    merged.shift();
  }
  return merged.map(([from, to]) => {
    const raw = sentence.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return { text, start: from + lead, end: from + lead + text.length };
  });
}
