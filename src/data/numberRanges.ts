import type { StatedNumber, StatedRange } from './numbers';

// Joins two amounts into a range when the words between them say so. Part of the number reader.

/** "4.1 billion" is 4100000000, not 4099999999.9999995: twelve significant digits drop the float noise. */
export const inBaseUnits = (base: number, factor: number): number =>
  factor === 1 ? base : Number.parseFloat((base * factor).toPrecision(12));

/** An amount as matched, before ranges are joined: the scale and unit say what a partner may lend. */
export interface Amount extends StatedNumber {
  /** What the written number is multiplied by ("billion" → 1e9); 1 when nothing scales it. */
  factor: number;
}

/**
 * Joins "between USD 6 and 7 billion", "from 12 to 15 percent" and "$40–45 million" into ranges:
 * the low end borrows the scale and unit the high end states, and the reverse.
 */
export function joinRanges(text: string, amounts: Amount[]): void {
  for (let k = 0; k + 1 < amounts.length; k++) {
    const a = amounts[k] as Amount;
    const b = amounts[k + 1] as Amount;
    if (a.kind === 'date' || b.kind === 'date' || a.value === null || b.value === null) continue;
    const gap = text.slice(a.index + a.text.length, b.index);
    if (gap.length > 7) continue;
    const opener = /\b(between|from)\s+$/i
      .exec(text.slice(Math.max(0, a.index - 9), a.index))?.[1]
      ?.toLowerCase();
    const connector = /^\s+(to|and)\s+$/.exec(gap)?.[1];
    const dash = /^\s?[–—-]\s?$/.test(gap);
    // "between X and Y", "from X to Y", "between X to Y"; a bare "X to Y" is a change, not a range.
    const worded =
      opener !== undefined && (connector === 'to' || (connector === 'and' && opener === 'between'));
    if (!dash && !worded) continue;
    const unitOf = (n: Amount) => (n.kind === 'count' ? null : `${n.kind}:${n.unit}`);
    if (unitOf(a) !== null && unitOf(b) !== null && unitOf(a) !== unitOf(b)) continue;
    const low = a.factor === 1 && b.factor !== 1 ? inBaseUnits(a.value, b.factor) : a.value;
    if (!(low < b.value)) continue;
    const [kind, unit] = unitOf(a) === null ? [b.kind, b.unit] : [a.kind, a.unit];
    const range: StatedRange = {
      low,
      high: b.value,
      text: text.slice(a.index, b.index + b.text.length),
      index: a.index,
    };
    Object.assign(a, { value: low, kind, unit, range });
    Object.assign(b, { kind, unit, range });
    k++;
  }
}
