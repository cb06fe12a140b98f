import type { Country } from '../data/schema';
import { MentionIndex } from '../state/textSearch';

// How often the articles mention each country, for shading the basemap. A mention is the country's
// name or one of its aliases (demonym, capital, a place in it) as a whole word, matched with its
// case: "US" is the United States, "us" is not. Where two names overlap at one spot ("South
// Africa" and a shorter "Africa"), the longer one wins and counts once.

/** Mentions per country code across every paragraph of every article. Countries never named are absent. */
export function countMentions(
  articles: readonly { paragraphs: readonly string[] }[],
  countries: readonly Pick<Country, 'code' | 'name' | 'aliases'>[],
): Map<string, number> {
  const codeOf = new Map<string, string>();
  for (const c of countries)
    for (const term of [c.name, ...c.aliases]) if (!codeOf.has(term)) codeOf.set(term, c.code);
  const counts = new Map<string, number>();
  if (codeOf.size === 0) return counts;
  const terms = [...codeOf.keys()];
  const index = new MentionIndex(
    articles.map((a) => a.paragraphs),
    terms,
  );
  for (const [term, n] of index.countEach(terms)) {
    const code = codeOf.get(term) as string;
    counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return counts;
}

/**
 * Lower bounds of the four shading classes above "not mentioned", in whole mentions: 1, then
 * equal steps up to the most-mentioned country. With at most four mentions each count is a class.
 */
export function mentionBreaks(max: number): number[] {
  if (max <= 4) return [1, 2, 3, 4];
  const step = Math.ceil(max / 4);
  return [1, 1 + step, 1 + 2 * step, 1 + 3 * step];
}

/** 0 for not mentioned, else 1–4: the class a count falls in. */
export function mentionClass(count: number, breaks: readonly number[]): number {
  let cls = 0;
  breaks.forEach((lower, i) => {
    if (count >= lower) cls = i + 1;
  });
  return cls;
}

/** Legend text for each class, e.g. "1–4", "13–16"; the last class ends at the largest count. */
export function mentionClassLabels(breaks: readonly number[], max: number): string[] {
  return breaks.map((lower, i) => {
    const next = breaks[i + 1];
    const upper = next === undefined ? Math.max(lower, max) : next - 1;
    return upper > lower ? `${lower}–${upper}` : String(lower);
  });
}
