import { splitSentences } from '../data/extract/sentences';
import { foldText } from '../lib/textOrder';
import type { TextRange } from '../state/textSearch';

// Where in a paragraph a search hit is: the sentence that holds the most of the words that
// matched. The index holds words folded to lower case without accents, and the word being typed
// may have matched as a prefix, so a sentence word counts when it starts with a matched word.

const WORD = /[\p{L}\p{N}]+/gu;

/** The sentence of `paragraph` holding most of `terms` (the first of equals); null when none holds any. */
export function hitSentence(paragraph: string, terms: readonly string[]): TextRange | null {
  if (terms.length === 0) return null;
  let best: TextRange | null = null;
  let bestCount = 0;
  for (const sentence of splitSentences(paragraph)) {
    const words = (foldText(sentence.text).match(WORD) ?? []) as string[];
    const count = terms.filter((t) => words.some((w) => w.startsWith(t))).length;
    if (count > bestCount) {
      best = { start: sentence.start, end: sentence.end };
      bestCount = count;
    }
  }
  return best;
}

/** The hit in an article: its paragraph (the one named, else the first that holds a matched word) and sentence. */
export function findHit(
  paragraphs: readonly string[],
  paragraph: number | null,
  terms: readonly string[],
): { paragraph: number; range: TextRange } | null {
  const order = paragraph === null ? paragraphs.map((_, i) => i) : [paragraph];
  for (const i of order) {
    const range = hitSentence(paragraphs[i] ?? '', terms);
    if (range !== null) return { paragraph: i, range };
  }
  return null;
}
