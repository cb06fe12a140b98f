import { type Breakdown, breakdownOf } from './breakdown';

export type { Breakdown };

// Trade figures grouped the way readers compare them: by relationship (the pair of traders,
// whichever way round the article writes it), in one year, with every reporter's claim for that
// relationship side by side. Everything here is pure: names and group members come in.

export interface TradeFigure {
  id: string;
  /** Codes: the trader whose figure it is, and the partner. */
  subject: string;
  counterpart: string | null;
  year: number | null;
  value: number;
  /** The top of a reported range ("$3 billion to $4 billion"), else null. */
  valueHigh: number | null;
  reportedBy: string | null;
  /** Exports to, imports from, or total turnover with the counterpart (absent: total). */
  flow?: TradeFlow;
}

export type TradeFlow = 'exports' | 'imports' | 'total';

/** "All years, latest of each" (the default) or one year. */
export type YearChoice = 'latest' | number;

export interface Relationship<T extends TradeFigure> {
  /** "CHN|KGZ": the two codes sorted, so both ways round meet. */
  key: string;
  /** The codes in the order of the relationship's largest figure. */
  sides: [string, string | null];
  year: number | null;
  /** Competing claims for this relationship and year, largest first; figures with no year are
   * set beside the latest year, never dropped. */
  claims: T[];
  /** Other years with figures for this relationship, oldest first. */
  otherYears: number[];
}

export const relationshipKey = (f: Pick<TradeFigure, 'subject' | 'counterpart'>): string =>
  f.counterpart === null ? f.subject : [f.subject, f.counterpart].sort().join('|');

/** "CHN>KAZ": one way only, for money that goes from one side to the other (investor → recipient). */
export const directedKey = (f: TradeFigure): string => `${f.subject}>${f.counterpart ?? ''}`;

const byValueDesc = (a: TradeFigure, b: TradeFigure) => b.value - a.value;

/** Every year any figure is for, oldest first. */
export const tradeYears = (figures: readonly TradeFigure[]): number[] =>
  [...new Set(figures.flatMap((f) => (f.year === null ? [] : [f.year])))].sort((a, b) => a - b);

/**
 * The relationships to show for a year choice. "latest" takes each relationship's latest year
 * (undated figures only when it has no dated one); a year takes only figures for that year.
 * Also returns how many figures the choice leaves out, so the chart can say so.
 */
export function relationshipsFor<T extends TradeFigure>(
  figures: readonly T[],
  choice: YearChoice,
  keyOf: (f: TradeFigure) => string = relationshipKey,
): { relationships: Relationship<T>[]; otherYearFigures: number } {
  const byKey = new Map<string, T[]>();
  for (const f of figures) {
    const key = keyOf(f);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [f]);
    else list.push(f);
  }
  const relationships: Relationship<T>[] = [];
  let otherYearFigures = 0;
  for (const [key, list] of byKey) {
    const years = tradeYears(list);
    const year = choice === 'latest' ? (years.at(-1) ?? null) : years.includes(choice) ? choice : undefined;
    if (year === undefined) {
      otherYearFigures += list.length;
      continue;
    }
    // A figure with no year stands beside its relationship's latest year, marked as such.
    const withUndated = year === (years.at(-1) ?? null);
    const claims = list.filter((f) => f.year === year || (withUndated && f.year === null)).sort(byValueDesc);
    otherYearFigures += list.length - claims.length;
    const first = claims[0]!;
    relationships.push({
      key,
      sides: [first.subject, first.counterpart],
      year,
      claims,
      otherYears: years.filter((y) => y !== year),
    });
  }
  relationships.sort((a, b) => byValueDesc(a.claims[0]!, b.claims[0]!));
  return { relationships, otherYearFigures };
}

export interface MirrorGap {
  /** The larger side's figure and the smaller side's. */
  larger: TradeFigure;
  smaller: TradeFigure;
  ratio: number;
}

const flowOf = (f: TradeFigure): TradeFlow => f.flow ?? 'total';
/** The flow the other side reports for the same goods: A's exports to B are B's imports from A. */
const MIRROR_FLOW: Record<TradeFlow, TradeFlow> = { exports: 'imports', imports: 'exports', total: 'total' };

/**
 * Mirror statistics: both sides of a relationship report the same trade. One gap per pair of
 * figures from opposite sides for the same year and mirrored flow (A's exports to B against B's
 * imports from A, totals against totals), at most `limit`, the larger divided by the smaller.
 */
export function mirrorGaps(claims: readonly TradeFigure[], limit = 3): MirrorGap[] {
  const first = claims[0];
  if (first === undefined) return [];
  const mine = claims.filter((c) => c.subject === first.subject && c.year !== null);
  const theirs = claims.filter((c) => c.subject !== first.subject && c.year !== null);
  const gaps: MirrorGap[] = [];
  for (const a of mine)
    for (const b of theirs) {
      if (a.year !== b.year || MIRROR_FLOW[flowOf(a)] !== flowOf(b)) continue;
      const [larger, smaller] = a.value >= b.value ? [a, b] : [b, a];
      if (smaller.value > 0) gaps.push({ larger, smaller, ratio: larger.value / smaller.value });
    }
  return gaps.slice(0, limit);
}

export interface TradeBlock<T extends TradeFigure> {
  relationship: Relationship<T>;
  breakdown: Breakdown<T> | null;
  mirrors: MirrorGap[];
  /** The group block this one is a member of, when it is drawn as part of a breakdown. */
  partOf: string | null;
}

/**
 * The blocks to draw, in order: relationships ranked by their largest claim, each group's
 * members placed right after it. At most `limit` blocks; the rest are counted.
 */
export function tradeBlocks<T extends TradeFigure>(
  relationships: readonly Relationship<T>[],
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>,
  limit: number,
): { blocks: TradeBlock<T>[]; leftOut: Relationship<T>[] } {
  const placed = new Set<string>();
  const ordered: TradeBlock<T>[] = [];
  // Each figure's relationship (the first that holds it), for placing a breakdown's parts.
  const holder = new Map<T, Relationship<T>>();
  for (const r of relationships) for (const c of r.claims) if (!holder.has(c)) holder.set(c, r);
  const place = (r: Relationship<T>, partOf: string | null) => {
    placed.add(r.key);
    ordered.push({ relationship: r, breakdown: null, mirrors: mirrorGaps(r.claims), partOf });
  };
  for (const r of relationships) {
    if (placed.has(r.key)) continue;
    const members = r.sides[1] === null ? undefined : groupMembers.get(r.sides[1]);
    place(r, null);
    if (members === undefined) continue;
    const block = ordered[ordered.length - 1]!;
    block.breakdown = breakdownOf(r, members, relationships);
    for (const part of block.breakdown?.parts ?? []) {
      const member = holder.get(part.figure);
      if (member !== undefined && !placed.has(member.key)) place(member, r.key);
    }
  }
  return {
    blocks: ordered.slice(0, limit),
    leftOut: ordered.slice(limit).map((b) => b.relationship),
  };
}
