import type { Figure } from '../../data/schema';
import { formatRatio, isApproximate } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { Matched } from '../../state/selectors';
import type { ComputedValue } from '../csvRows';
import {
  figureRegional,
  figureValueText,
  type NameContext,
  nameOf,
  relationshipFacts,
} from '../describeRecord';
import type { Highlight } from '../spec';
import type { MeasureText } from '../textMeasure';
import { comparabilityNotes, possessive } from './comparability';
import { computeTrade, type TradeBlockInput, type TradeLayout } from './computeTrade';
import { LIST_UP_TO, summariseFigures } from './noteSummary';
import {
  relationshipsFor,
  type TradeFigure,
  tradeBlocks,
  tradeYears,
  type YearChoice,
} from './relationships';
import { breakdownWords, leftOutWords, mirrorWords, pushBreakdown, usd, yearsPhrase } from './tradeWords';

// From trade figures to what the trade chart draws and says: blocks in words, the
// computed mirror gaps, shares and remainders with their formulas, and what was left out.

export interface TradeOptions {
  year: YearChoice;
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>;
  naming: NameContext;
  /** Draw every block up to the limit, not only the first few. */
  showAll?: boolean;
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
  /** Blocks drawn, and how many "Show all" draws. */
  fold: { shown: number; total: number };
}

/** At most this many relationships are drawn; the rest are named in a note. */
export const TRADE_BLOCK_LIMIT = 16;
/** Until asked for all, the chart draws relationships until it has drawn about this many bars. */
export const TRADE_FIRST_BARS = 12;

/** The first blocks, up to about TRADE_FIRST_BARS bars; a group's members stay with it. */
function firstBlocks<B extends { partOf: string | null; relationship: { claims: readonly unknown[] } }>(
  blocks: readonly B[],
): B[] {
  const first: B[] = [];
  let bars = 0;
  for (const b of blocks) {
    if (first.length > 0 && b.partOf === null && bars >= TRADE_FIRST_BARS) break;
    first.push(b);
    bars += b.relationship.claims.length;
  }
  return first;
}

/**
 * A trade figure with its names. Its value and regional words are written only for the bars
 * drawn: the corpus has hundreds of trade figures, a dozen bars, and formatting every value took
 * 11–19 ms of its load (CPU profiles).
 */
type Fig = TradeFigure & {
  figure: Figure;
  match: Matched<Figure>['match'];
  subjectName: string;
  counterpartName: string | null;
};
/** "2023-01 to 2023-06" for a figure covering part of a year; null for a full year. */
const periodOf = (figure: Figure): string | null =>
  figure.period === undefined
    ? null
    : figure.period.start === figure.period.end
      ? figure.period.start
      : `${figure.period.start} to ${figure.period.end}`;

export function tradeView(
  records: readonly Matched<Figure>[],
  width: number,
  measure: MeasureText,
  o: TradeOptions,
): TradeView {
  // Names and reporters come from data: each is an isolate inside the sentences built here.
  const name = (code: string) => isolateText(nameOf(o.naming.names, code));
  const figures: Fig[] = records.map(({ record: f, match }) => ({
    ...relationshipFacts(f),
    ...(f.flow === undefined ? {} : { flow: f.flow }),
    figure: f,
    match,
    subjectName: nameOf(o.naming.names, f.subject),
    counterpartName: f.counterpart === null ? null : nameOf(o.naming.names, f.counterpart),
  }));
  const years = tradeYears(figures);
  const choice = o.year !== 'latest' && years.includes(o.year) ? o.year : 'latest';
  const { relationships, otherYearFigures } = relationshipsFor(figures, choice);
  const all = tradeBlocks(relationships, o.groupMembers, TRADE_BLOCK_LIMIT);
  const { leftOut } = all;
  const blocks = o.showAll === true ? all.blocks : firstBlocks(all.blocks);
  const shown = blocks.flatMap((b) => b.relationship.claims);
  const counterparts = new Set(shown.map((f) => f.counterpartName));
  const single = counterparts.size === 1 && !counterparts.has(null) && blocks.every((b) => b.partOf === null);
  const markName = (f: Fig) =>
    single ? f.subjectName : `${f.subjectName} with ${f.counterpartName ?? 'others'}`;
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
        name: alone ? markName(f) : `${possessive(f.subjectName)} figure`,
        value: f.value,
        valueHigh: f.valueHigh,
        valueText: figureValueText(f.figure),
        approximate: isApproximate(f.figure.qualifier),
        meta: meta(f),
        regional: figureRegional(f.figure, f.match, o.naming),
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
            qualifier: f.figure.qualifier,
            reportedBy: f.reportedBy,
            partYear: periodOf(f.figure) !== null,
          })),
        )
      : null;
  const noteText =
    summary === null
      ? comparabilityNotes(
          shown.map((f) => ({
            name: f.subjectName,
            year: f.year,
            qualifier: f.figure.qualifier,
            reportedBy: f.reportedBy,
            counterpart: f.counterpartName,
            ...(periodOf(f.figure) === null ? {} : { period: periodOf(f.figure)! }),
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
      : records.length === 0
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
    fold: { shown: blocks.length, total: all.blocks.length },
    noteText,
  };
}
