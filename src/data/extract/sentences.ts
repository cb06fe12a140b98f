// Splits a paragraph into sentences for the extract CLI, so each candidate figure is shown with
// the sentence it sits in. News prose breaks naive splitting: "U.S.", "Mr.", "1.4", "Nov. 19",
// and quotations whose own full stops ("... will pay." Shortly after) do or do not end a sentence.

export interface Sentence {
  text: string;
  /** Offsets of `text` in the paragraph: [start, end). */
  start: number;
  end: number;
}

/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  [
    ...['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt'],
    ...['jr', 'sr', 'no', 'nos', 'vs', 'approx', 'est', 'dept', 'fig', 'ft', 'mt', 'pres', 'cf'],
    ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ].map((a) => `${a}.`),
);
/** After an initialism ("U.S."), these words start a new sentence; anything else continues it. */
const SENTENCE_STARTERS = new Set(
  ['The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'But', 'And'].concat(
    ['In', 'On', 'At', 'A', 'An', 'His', 'Her', 'Their', 'There', 'However', 'Meanwhile', 'Yet', 'So'],
  ),
);
const TERMINALS = '.!?…';
const CLOSERS = '"”’)]';
const OPENERS = '"“‘([';

/** Straight double quotes pair up only when their count is even; otherwise they are not tracked. */
function quoteTracking(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}

export function splitSentences(paragraph: string): Sentence[] {
  const track = quoteTracking(paragraph);
  const sentences: Sentence[] = [];
  let start = 0;
  let depth = 0; // how many quotations are open at this point
  let straightOpen = false;
  const quote = (ch: string) => {
    if (!track) return;
    if (ch === '"') {
      straightOpen = !straightOpen;
      depth += straightOpen ? 1 : -1;
    } else if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
  };
  const push = (end: number) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') sentences.push({ text, start: start + lead, end: start + lead + text.length });
    start = end;
  };

  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i] as string;
    if (!TERMINALS.includes(ch)) {
      quote(ch);
      continue;
    }
    let j = i;
    while (j < paragraph.length && TERMINALS.includes(paragraph[j] as string)) j++;
    while (j < paragraph.length && CLOSERS.includes(paragraph[j] as string)) quote(paragraph[j++] as string);
    // Look at what follows by index, never by slicing the rest of the paragraph: a paragraph of
    // thousands of decimal points would otherwise be copied once per point.
    let next = j;
    while (next < paragraph.length && /\s/.test(paragraph[next] as string)) next++;
    const gap = next - j;
    let first = next;
    while (first < paragraph.length && OPENERS.includes(paragraph[first] as string)) first++;
    const endsHere =
      next === paragraph.length || (gap > 0 && depth === 0 && /^[A-Z0-9$€£¥]/u.test(paragraph[first] ?? ''));
    if (endsHere && !(ch === '.' && j - i === 1 && continuesAfterDot(paragraph, i, next))) push(j);
    // A run of white space is skipped once, here, rather than looked over again from each dot.
    i = j - 1;
  }
  push(paragraph.length);
  return sentences;
}

/** True when the full stop at `dot` belongs to an abbreviation, an initial or an initialism. */
function continuesAfterDot(paragraph: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && !/\s/.test(paragraph[start - 1] as string) && dot - start < 40) start--;
  const word = paragraph.slice(start, dot + 1).replace(/^[("“‘'[]+/, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^[A-Z]\.$/.test(word)) return true; // "Donald J. Trump"
  if (/^(?:[A-Za-z]\.){2,}$/.test(word)) {
    // "U.S." ends a sentence only when a typical sentence opener follows it.
    const nextWord = /^[A-Za-z]+/.exec(paragraph.slice(next, next + 20))?.[0] ?? '';
    return !SENTENCE_STARTERS.has(nextWord);
  }
  return false;
}
