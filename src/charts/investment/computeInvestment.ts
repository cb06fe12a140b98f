import { formatCount } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { MeasureText } from '../textMeasure';
import { computeTrade, type TradeBlockInput, type TradeLayout } from '../trade/computeTrade';
import { directedKey, relationshipsFor, type TradeFigure } from '../trade/relationships';
import { yearsPhrase } from '../trade/tradeWords';

// Money that goes one way (investment, losses) by relationship: investor → recipient, each
// relationship's competing claims side by side for its latest year, a figure with no year beside
// them, ranges as spans. The bars and words are laid out as the trade chart lays out its own.

export interface MoneyFigure extends TradeFigure {
  /** "estimated $2 billion", as the bar is labelled. */
  valueText: string;
  approximate: boolean;
  /** Names, for headings: "China", "Kazakhstan". */
  fromName: string;
  toName: string | null;
}

export interface MoneyLayout extends TradeLayout {
  /** Ids in the order drawn. */
  order: string[];
  /** "China → Kazakhstan: …" for each bar's mark. */
  markNames: ReadonlyMap<string, string>;
  leftOut: string | null;
}

/** At most this many relationships are drawn; the rest are counted in the note. */
export const MONEY_BLOCK_LIMIT = 8;

export function computeInvestment(
  figures: readonly MoneyFigure[],
  width: number,
  measure: MeasureText,
  limit = MONEY_BLOCK_LIMIT,
): MoneyLayout {
  const { relationships, otherYearFigures } = relationshipsFor(figures, 'latest', directedKey);
  const shown = relationships.slice(0, limit);
  const markNames = new Map<string, string>();
  const blocks: TradeBlockInput[] = shown.map((r) => {
    const first = r.claims[0]!;
    const pair =
      first.toName === null
        ? isolateText(first.fromName)
        : `${isolateText(first.fromName)} → ${isolateText(first.toName)}`;
    for (const f of r.claims) markNames.set(f.id, pair);
    const notes = [
      r.claims.length > 1 ? `${r.claims.length} claims, largest first; never added together.` : '',
      r.otherYears.length > 0 ? `Also reported for ${yearsPhrase(r.otherYears)} (in the table).` : '',
    ].filter(Boolean);
    return {
      key: r.key,
      heading: `${pair}, ${r.year ?? 'year not stated'}`,
      headingNote: notes.length > 0 ? notes.join(' ') : null,
      indent: false,
      bars: r.claims.map((f) => ({
        id: f.id,
        name: f.reportedBy === null ? 'Source not stated' : `Reported by ${isolateText(f.reportedBy)}`,
        value: f.value,
        valueHigh: f.valueHigh,
        valueText: f.valueText,
        approximate: f.approximate,
        meta: f.year === null ? 'Year not stated' : String(f.year),
        regional: null,
      })),
      breakdown: null,
      computed: [],
    };
  });
  const left = relationships.length - shown.length;
  const leftOut = [
    left > 0
      ? `${formatCount(left)} smaller relationships are not drawn; every figure is in the table, and choosing countries in the filter draws theirs.`
      : '',
    otherYearFigures > 0
      ? `${formatCount(otherYearFigures)} figures for earlier years are not drawn as bars; they are in the table.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...computeTrade(blocks, width, [], measure),
    order: shown.flatMap((r) => r.claims.map((f) => f.id)),
    markNames,
    leftOut: leftOut === '' ? null : leftOut,
  };
}
