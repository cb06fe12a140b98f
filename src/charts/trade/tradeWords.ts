import { format } from 'd3-format';
import { formatAmount, formatCount, formatRatio } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { ComputedValue } from '../csvRows';
import { possessive } from './comparability';
import type { Breakdown, MirrorGap, Relationship, TradeFigure, YearChoice } from './relationships';

// The trade chart's sentences about what it computed (gaps, shares, remainders) and what it left
// out. Names come in already isolated (see tradeView); reporters are isolated here.

export const share = format('.2~p');
export const usd = (v: number) => formatAmount(v, 'USD');

export function yearsPhrase(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
}

export function breakdownWords(
  b: Breakdown<TradeFigure>,
  name: (code: string) => string,
  year: number,
): string[] {
  const reporter = b.total.reportedBy === null ? 'an unstated source' : isolateText(b.total.reportedBy);
  const lines = [
    `Breakdown of the ${usd(b.total.value)} (${reporter}, ${year}) by member, computed: ${b.parts
      .map((p) => `${name(p.member)} ${share(p.share)}`)
      .join(', ')}.`,
  ];
  if (b.remainder > 0)
    lines.push(
      `Members sum to ${usd(b.sum)}; remainder ${usd(b.remainder)} (${share(b.remainder / b.total.value)}), computed: ${usd(b.total.value)} − ${usd(b.sum)}.`,
    );
  else if (b.overshoot > 0)
    lines.push(
      `Members add up to ${usd(b.sum)}, ${usd(b.overshoot)} more than the total (overshoot, computed: ${usd(b.sum)} − ${usd(b.total.value)}).`,
    );
  else lines.push(`Members sum to the total, ${usd(b.sum)}.`);
  if (b.missing.length > 0) lines.push(`No ${year} figure for ${b.missing.map(name).join(', ')}.`);
  if (b.reporters.length > 0)
    lines.push(`This adds figures from different reporters: ${b.reporters.map(isolateText).join(', ')}.`);
  return lines;
}

export function mirrorWords(g: MirrorGap, name: (code: string) => string, withReporters: boolean): string {
  const by = (f: TradeFigure) =>
    withReporters && f.reportedBy !== null ? ` (${isolateText(f.reportedBy)})` : '';
  return `Computed: ${possessive(name(g.larger.subject))} figure${by(g.larger)} is ${formatRatio(g.ratio)}× ${possessive(
    name(g.smaller.subject),
  )}${by(g.smaller)}: ${usd(g.larger.value)} ÷ ${usd(g.smaller.value)}.`;
}

export function pushBreakdown(
  computed: ComputedValue[],
  b: Breakdown<TradeFigure>,
  name: (code: string) => string,
  r: Relationship<TradeFigure>,
): void {
  const group = r.sides[1] === null ? '' : name(r.sides[1]);
  for (const p of b.parts)
    computed.push({
      id: `share-${p.figure.id}`,
      label: `${name(p.member)}'s share of ${possessive(name(r.sides[0]))} trade with ${group}, ${r.year}`,
      value: p.share,
      unit: 'share',
      asWritten: share(p.share),
      formula: `${usd(p.figure.value)} ÷ ${usd(b.total.value)}`,
    });
  const gap = b.remainder > 0 ? b.remainder : b.overshoot;
  if (gap > 0)
    computed.push({
      id: `${b.remainder > 0 ? 'remainder' : 'overshoot'}-${b.total.id}`,
      label: `${b.remainder > 0 ? 'Remainder not covered by members' : 'Members over the total'}: ${group}, ${r.year}`,
      value: gap,
      unit: 'USD',
      asWritten: usd(gap),
      formula:
        b.remainder > 0 ? `${usd(b.total.value)} − ${usd(b.sum)}` : `${usd(b.sum)} − ${usd(b.total.value)}`,
    });
}

export function leftOutWords(
  leftOut: readonly Relationship<TradeFigure>[],
  otherYears: number,
  choice: YearChoice,
  name: (code: string) => string,
): string | null {
  const parts: string[] = [];
  if (leftOut.length > 0) {
    const named = leftOut
      .slice(0, 5)
      .map((r) => (r.sides[1] === null ? name(r.sides[0]) : `${name(r.sides[0])} – ${name(r.sides[1])}`));
    const more = leftOut.length > 5 ? ` and ${formatCount(leftOut.length - 5)} more` : '';
    parts.push(
      `${formatCount(leftOut.length)} smaller relationships are not drawn (${named.join(', ')}${more}); choose countries in the filter to see them.`,
    );
  }
  if (otherYears > 0)
    parts.push(
      choice === 'latest'
        ? `${formatCount(otherYears)} figures for earlier years are not drawn; choose a year to see them.`
        : `${formatCount(otherYears)} figures for other years or with no year are not drawn; choose “Latest” or another year to see them.`,
    );
  return parts.length > 0 ? parts.join(' ') : null;
}
