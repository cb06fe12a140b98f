import { formatCount } from '../lib/formatValue';

// How often the articles mention each country, for shading the basemap, comes from the article
// index (selectMentionTotals in src/state/selectors.ts). These turn counts into shading classes.

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
    return upper > lower ? `${formatCount(lower)}–${formatCount(upper)}` : formatCount(lower);
  });
}
