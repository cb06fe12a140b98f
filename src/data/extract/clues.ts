// What the words around a number say about it: who the sentence credits, how it hedges the
// number, what is counted. Each reader looks at a bounded window of text (or at one sentence,
// once), so extracting stays linear however many numbers a paragraph holds.

/** The hedges a curator records, as the article writes them (lower case). */
export const QUALIFIER_WORDS = [
  'approximately',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'some',
  'more than',
  'over',
  'at least',
  'up to',
  'estimated',
] as const;
export type QualifierWord = (typeof QUALIFIER_WORDS)[number];

const QUALIFIER_BEFORE =
  /\b(approximately|nearly|almost|about|around|roughly|some|more than|over|at least|up to|an estimated|estimated at)\s+(?:between\s+|from\s+)?$/i;

/** The hedge written just before a number ("nearly 40,000", "an estimated 30 billion"), or null. */
export function qualifierBefore(window: string): QualifierWord | null {
  const word = QUALIFIER_BEFORE.exec(window)?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return word.includes('estimated') ? 'estimated' : (word as QualifierWord);
}

const SAY =
  '(?:said|says|say|reported|reports|told|tells|added|adds|estimated|estimates|estimate|expects|expect|warned|warns|warn|put|puts|counted|confirmed|confirms|confirm|announced|announces|announce|cited|cites|showed|shows|show|declared|declares)';
const ACCORDING = /\baccording to ((?:[^,.;:"“”()]|\.(?=\w))+?)\s*(?=[,;:"“”()]|\.(?!\w)|$)/i;
/** "the EU Council in 2023", "officials on Monday": when, not who. */
const WHEN_TAIL = /\s+(?:in|on|last|this)\s+(?:\d{4}|[A-Z][a-z]+day|week|month|year)$/;
/** "…, the bank said", "…, tanker trackers estimate.", "…, sources told Reuters." */
const SAID_AT_END = new RegExp(
  String.raw`^(?:and |but |while )?([^"“”]{2,90}?)\s+${SAY}(?:\s+(?:on|in|to)\s+\w+|\s+[A-Z]\w+|\s+(?:reporters|journalists|parliament|lawmakers))?\s*[.!?"”]*$`,
);
/** "Iran's health ministry said on Friday that …", "Aid groups say hundreds …". */
const SAID_AT_START = new RegExp(
  String.raw`^([A-Z][^,;:"“”\d]{1,90}?)\s+(?:has |have |had )?${SAY}\b(?!\s+(?:to|by)\b)`,
);
/** "…," said Yerlan Tokhtarov, who … */
const SAID_BY =
  /["”,]\s*(?:said|says|added|told|confirmed|announced)\s+([A-Z][^,.;:"“”]{1,60}?)\s*(?=[,.;]|$)/;

const words = (text: string) => text.trim().split(/\s+/).length;

/**
 * Who a sentence credits for its numbers, in its own words ("the UN refugee agency", "Kursiv"),
 * or null. Read once per sentence.
 */
export function attributionOf(sentence: string): { who: string; verb: string } | null {
  const according = ACCORDING.exec(sentence)?.[1];
  if (according !== undefined && words(according) <= 12)
    return { who: according.trim().replace(WHEN_TAIL, ''), verb: 'according to' };
  // "…, the bank said, while …": a credit standing as a clause of its own, after the first.
  for (const clause of sentence.split(/,\s|;\s/).slice(1)) {
    const m = SAID_AT_END.exec(clause.trim());
    if (m?.[1] !== undefined && words(m[1]) <= 10 && !/\d/.test(m[1]))
      return { who: m[1], verb: verbOf(m[0]) };
  }
  const start = SAID_AT_START.exec(sentence);
  if (start?.[1] !== undefined && words(start[1]) <= 8)
    return { who: start[1].trim(), verb: verbOf(start[0]) };
  const by = SAID_BY.exec(sentence)?.[1];
  if (by !== undefined && words(by) <= 6) return { who: by.trim(), verb: 'said' };
  return null;
}

const verbOf = (text: string) => new RegExp(`\\b${SAY}\\b`).exec(text)?.[0] ?? 'said';

/** Words that end a noun phrase after a number: articles, prepositions, auxiliaries, pronouns. */
const STOP = new Set([
  ...['a', 'an', 'the', 'of', 'in', 'at', 'on', 'to', 'from', 'for', 'with', 'by', 'and', 'or', 'but'],
  ...['is', 'are', 'was', 'were', 'will', 'would', 'could', 'had', 'have', 'has', 'been', 'be', 'that'],
  ...['which', 'who', 'since', 'during', 'after', 'before', 'across', 'through', 'into', 'over', 'under'],
  ...['per', 'than', 'as', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'it', 'they', 'each'],
  ...['along', 'above', 'below', 'near', 'last', 'next', 'every', 'up', 'down', 'more', 'less', 'so'],
  ...['while', 'when', 'if', 'now', 'still', 'already', 'also', 'this', 'our', 'your', 'my', 'between'],
  // Common verbs that follow a singular noun ("the 523-kilometre railway opens in 2030").
  ...['opens', 'runs', 'costs', 'links', 'carries', 'crosses', 'starts', 'ends', 'says', 'shows'],
  ...['remains', 'includes', 'needs', 'takes', 'makes', 'goes', 'comes', 'leaves', 'reaches', 'lies'],
  // Irregular past tenses after a singular noun ("one ferry sank").
  ...['sank', 'sunk', 'fell', 'hit', 'struck', 'ran', 'went', 'came', 'left', 'caught', 'broke'],
]);

/** The noun phrase right after a number ("75 cruise missiles", "tonnes of grain"), or null. */
export function measureAfter(window: string): string | null {
  // "68 of the missiles", "a dozen of its ambulances", "4,800 tonnes of grain".
  const rest = window
    .replace(/^\s+of\s+(?:(?:the|its|their|his|her|our|those|these)\s+)?/i, '')
    .replace(/^[\s-]+/, '');
  const found: string[] = [];
  for (const word of rest.split(/\s+/, 4)) {
    const bare = word.replace(/[.,;:!?)"”’]+$/, '');
    if (bare === '' || !/^[\p{L}'’-]+$/u.test(bare) || STOP.has(bare.toLowerCase())) break;
    if (found.length > 0 && /ed$/.test(bare)) break; // "Afghans crossed", "people injured"
    found.push(bare);
    // A phrase ends at punctuation or at its plural noun ("cruise missiles", "asylum applications").
    if (bare !== word || /[^s]s$/.test(bare)) break;
  }
  return found.length > 0 ? found.join(' ') : null;
}

/** Verbs and prepositions that tie a number to the noun before it ("exports averaged", "toll at"). */
const LINK =
  /\b(?:to reach|reached|reach|has reached|have reached|to hold|hold|averaged|average|runs for|run for|stood at|rose to|fell to|climbed to|to|at)\s+$/i;
const PREPOSITION_TAIL = /\s(?:along|at|in|on|across|through|for)\s(?:\S+\s?){1,3}$/;

/**
 * The noun phrase a number is the value of, before it in its clause ("oil exports averaged …",
 * "the number of people deported … has reached …"). `window` ends where the number (and any
 * hedge before it) starts.
 */
export function measureBefore(window: string): string | null {
  const numberOf = /\bnumber of ((?:[a-z'’-]+\s+){1,8}?)(?:has|have|had|is|was|rose|reached|stood)\b/i.exec(
    window,
  );
  if (numberOf?.[1] !== undefined) return numberOf[1].trim();
  const link = LINK.exec(window);
  if (link === null) return null;
  let before = window.slice(0, link.index).trimEnd();
  // "shipments along the corridor to reach": the phrase ends before a short prepositional tail.
  const tail = PREPOSITION_TAIL.exec(before);
  if (tail !== null) before = before.slice(0, tail.index);
  const found = before
    .split(/\s+/)
    .slice(-2)
    .filter((w) => /^[\p{L}-]+$/u.test(w) && !STOP.has(w.toLowerCase()));
  return found.length > 0 ? found.join(' ') : null;
}

const YEAR_CUE =
  /\b(?:in|for|by|during|of|in fiscal|in the (?:spring|summer|autumn|fall|winter|first half|second half) of)\s+$/i;

/** True when the words before a year say the number is for that year ("in 2024", "by 2030"). */
export const isYearCue = (window: string): boolean => YEAR_CUE.test(window);
