// A label holding U+202E (right-to-left override) reverses whatever follows it on the line:
// "Exports ‮to: $95 billion" shows as "Exports noillib 59$ :ot". Markup isolates untrusted text
// with <bdi>; where text is composed into one string (a sentence naming several countries, an
// aria-label) no element can go, so the same isolate is written as characters: FIRST STRONG
// ISOLATE … POP DIRECTIONAL ISOLATE. Isolate characters inside the text are dropped, so a stray
// POP cannot close ours early; every other character is kept.

const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/** Untrusted text as an isolate, safe to join into a sentence: it cannot reorder what surrounds it. */
export const isolateText = (text: string): string => `${FSI}${text.replace(ISOLATE_CONTROLS, '')}${PDI}`;
