import { format } from 'd3-format';
import { formatAmount, formatCount, formatRatio } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { ComputedValue } from '../csvRows';
import type { FigureText } from '../describeRecord';
import type { Highlight } from '../spec';
import type { MeasureText } from '../textMeasure';
import { comparabilityNotes, possessive } from './comparability';
import { computeTrade, type TradeBlockInput, type TradeLayout } from './computeTrade';
import { LIST_UP_TO, summariseFigures } from './noteSummary';
import {
  type Breakdown,
  type MirrorGap,
  type Relationship,
  relationshipsFor,
  type TradeFigure,
  tradeBlocks,
  tradeYears,
  type YearChoice,
} from './relationships';

// From described trade figures to what the trade chart draws and says: blocks in words, the
// computed mirror gaps, shares and remainders with their formulas, and what was left out.

export interface TradeOptions {
  year: YearChoice;
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>;
  names: ReadonlyMap<string, string>;
}

export interface TradeView extends TradeLayout {
  years: number[];
  /** The year shown: the option, or 'latest' when the option names a year with no figures. */
  choice: YearChoice;
  title: string;
  /** Ids in the order drawn. */
  order: string[];
  /** Name for each bar as a mark label says it. */
  markNames: ReadonlyMap<string, string>;
  highlights: Highlight[];
  computed: ComputedValue[];
  leftOut: string | null;
  noteText: string[];
}

/** At most this many relationships are drawn; the rest are named in a note. */
export const TRADE_BLOCK_LIMIT = 16;

type Fig = TradeFigure & { text: FigureText };
const share = format('.2~p');
const usd = (v: number) => formatAmount(v, 'USD');

function yearsPhrase(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
}

function breakdownWords(b: Breakdown<Fig>, name: (code: string) => string, year: number): string[] {
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

function mirrorWords(g: MirrorGap, name: (code: string) => string, withReporters: boolean): string {
  const by = (f: TradeFigure) =>
    withReporters && f.reportedBy !== null ? ` (${isolateText(f.reportedBy)})` : '';
  return `Computed: ${possessive(name(g.larger.subject))} figure${by(g.larger)} is ${formatRatio(g.ratio)}× ${possessive(
    name(g.smaller.subject),
  )}${by(g.smaller)}: ${usd(g.larger.value)} ÷ ${usd(g.smaller.value)}.`;
}

export function tradeView(
  texts: readonly FigureText[],
  width: number,
  measure: MeasureText,
  o: TradeOptions,
): TradeView {
  // Names and reporters come from data: each is an isolate inside the sentences built here.
  const name = (code: string) => isolateText(o.names.get(code) ?? code);
  const figures: Fig[] = texts.map((t) => ({
    id: t.id,
    subject: t.figure.subject,
    counterpart: t.figure.counterpart,
    year: t.figure.year,
    value: t.figure.value,
    valueHigh: t.valueHigh,
    reportedBy: t.figure.reportedBy,
    text: t,
  }));
  const years = tradeYears(figures);
  const choice = o.year !== 'latest' && years.includes(o.year) ? o.year : 'latest';
  const { relationships, otherYearFigures } = relationshipsFor(figures, choice);
  const { blocks, leftOut } = tradeBlocks(relationships, o.groupMembers, TRADE_BLOCK_LIMIT);
  const shown = blocks.flatMap((b) => b.relationship.claims);
  const counterparts = new Set(shown.map((f) => f.text.counterpart));
  const single = counterparts.size === 1 && !counterparts.has(null) && blocks.every((b) => b.partOf === null);
  const markName = (f: Fig) =>
    single ? f.text.subject : `${f.text.subject} with ${f.text.counterpart ?? 'others'}`;
  const meta = (f: Fig) =>
    `${f.year === null ? 'Year not stated' : f.year} · ${f.reportedBy !== null ? `reported by ${f.reportedBy}` : 'source not stated'}`;

  const computed: ComputedValue[] = [];
  const inputs: TradeBlockInput[] = blocks.map(({ relationship: r, breakdown, mirrors, partOf }) => {
    const alone = r.claims.length === 1 && breakdown === null;
    const [a, b] = r.sides;
    const pair = b === null ? name(a) : `${name(a)} – ${name(b)}`;
    const notes = [
      r.claims.length > 1 ? `${r.claims.length} claims, largest first; never added together.` : '',
      r.otherYears.length > 0 ? `Also reported for ${yearsPhrase(r.otherYears)}: choose a year above.` : '',
    ].filter(Boolean);
    const sameSide = new Set(r.claims.map((c) => c.subject)).size < r.claims.length;
    for (const g of mirrors)
      computed.push({
        id: `mirror-${g.larger.id}-${g.smaller.id}`,
        label: `${possessive(name(g.larger.subject))} figure as a multiple of ${possessive(name(g.smaller.subject))}, ${r.year}`,
        value: g.ratio,
        unit: 'ratio',
        asWritten: `${formatRatio(g.ratio)}×`,
        formula: `${usd(g.larger.value)} ÷ ${usd(g.smaller.value)}`,
      });
    if (breakdown !== null) pushBreakdown(computed, breakdown, name, r);
    return {
      key: r.key,
      heading: alone ? null : `${pair}, ${r.year ?? 'year not stated'}`,
      headingNote: notes.length > 0 ? notes.join(' ') : null,
      indent: partOf !== null,
      bars: r.claims.map((f) => ({
        id: f.id,
        name: alone ? markName(f) : `${possessive(f.text.subject)} figure`,
        value: f.value,
        valueHigh: f.valueHigh,
        valueText: f.text.value,
        approximate: f.text.approximate,
        meta: meta(f),
        regional: f.text.regional,
      })),
      breakdown:
        breakdown === null || r.year === null
          ? null
          : {
              total: breakdown.total.value,
              parts: breakdown.parts.map((p) => ({ name: name(p.member), value: p.figure.value })),
              lines: breakdownWords(breakdown, name, r.year),
            },
      computed: mirrors.map((g) => mirrorWords(g, name, sameSide)),
    };
  });

  const summary =
    shown.length > LIST_UP_TO
      ? summariseFigures(
          shown.map((f) => ({
            id: f.id,
            year: f.year,
            qualifier: f.text.figure.qualifier,
            reportedBy: f.reportedBy,
          })),
        )
      : null;
  const noteText =
    summary === null
      ? comparabilityNotes(
          shown.map((f) => ({
            name: f.text.subject,
            year: f.year,
            qualifier: f.text.figure.qualifier,
            reportedBy: f.reportedBy,
            counterpart: f.text.counterpart,
          })),
        )
      : summary.sentence === null
        ? []
        : [summary.sentence];
  const layout = computeTrade(inputs, width, noteText, measure);
  const only = [...counterparts][0];
  const title =
    single && only !== null && only !== undefined
      ? `Trade with ${only}, by partner`
      : texts.length === 0
        ? 'Trade with Central Asia, by partner'
        : 'Trade, by relationship';
  return {
    ...layout,
    years,
    choice,
    title,
    order: shown.map((f) => f.id),
    markNames: new Map(shown.map((f) => [f.id, markName(f)])),
    highlights: summary?.parts ?? [],
    computed,
    leftOut: leftOutWords(leftOut, otherYearFigures, choice, name),
    noteText,
  };
}

function pushBreakdown(
  computed: ComputedValue[],
  b: Breakdown<Fig>,
  name: (code: string) => string,
  r: Relationship<Fig>,
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

function leftOutWords(
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
