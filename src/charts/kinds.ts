import type { Figure, TimelineEvent } from '../data/schema';
import { comparePlain } from '../lib/textOrder';
import type { Matched } from '../state/selectors';
import type { Cap } from './spec';
import { relationshipKey } from './trade/relationships';

// What the panel needs to know about a chart kind before its code loads: which figures it takes,
// how many it draws, and the words of its placeholder or summary line. Cheap and static on
// purpose; each kind's compute and drawing load only when needed (registry.tsx, LazyChart.tsx).

export interface KindFacts<R = Figure> {
  id: string;
  /** The placeholder's or summary line's title; a drawn chart may name its subject too. */
  title: string;
  /** What the kind's figures are called in its summary line ("investment figures"). */
  noun: string;
  takes: (record: R) => boolean;
  /**
   * For a chart of figures: the only figure kinds `takes` can accept, so the panel asks it about
   * those figures alone (on the first load, every figure was asked by every chart).
   */
  kinds?: readonly Figure['kind'][];
  cap: Cap<R>;
  /** Height held for the chart before it draws, on a phone and on a wider screen. */
  reserve: Reserve;
  /** Whether the records give the chart anything to draw (absent: any record does). */
  drawable?: (records: readonly Matched<R>[]) => boolean;
}

export interface Reserve {
  narrow: number;
  wide: number;
}

/** The height a chart holds at a width: charts on a phone stack their labels and grow taller. */
export const reserveAt = (reserve: Reserve, width: number): number =>
  width < 600 ? reserve.narrow : reserve.wide;

export const byAsOfDesc = (a: Matched<Figure>, b: Matched<Figure>) =>
  comparePlain(b.record.asOf ?? '', a.record.asOf ?? '');
/** Latest first by as-of date, else by year; undated last. */
export const byDateDesc = (a: Matched<Figure>, b: Matched<Figure>) =>
  comparePlain(b.record.asOf ?? String(b.record.year ?? ''), a.record.asOf ?? String(a.record.year ?? ''));
const byValueDesc = (a: Matched<Figure>, b: Matched<Figure>) => b.record.value - a.record.value;

export const TRADE_TAKES = (f: Figure) => f.kind === 'trade' && f.unit === 'USD';

export const TRADE: KindFacts = {
  id: 'trade',
  title: 'Trade',
  noun: 'trade figures',
  takes: TRADE_TAKES,
  kinds: ['trade'],
  // The chart ranks and caps relationships itself; this only bounds the work on huge data.
  cap: { limit: 2000, rule: 'largest', compare: byValueDesc },
  reserve: { narrow: 470, wide: 420 },
};

export const TRADE_YEARS: KindFacts = {
  ...TRADE,
  id: 'trade-years',
  title: 'Trade across the years',
  // The same figures as the trade bars, whose cap note already counts any left out.
  cap: { ...TRADE.cap, limit: 5000 },
  reserve: { narrow: 320, wide: 300 },
  // A line needs a relationship with figures for two years; without one, the bars say it all.
  drawable: (records) => {
    const years = new Map<string, Set<number>>();
    for (const { record: f } of records) {
      if (f.year === null) continue;
      const key = relationshipKey(f);
      const seen = years.get(key) ?? new Set<number>();
      years.set(key, seen.add(f.year));
      if (seen.size >= 2) return true;
    }
    return false;
  },
};

export const INVESTMENT: KindFacts = {
  id: 'investment',
  title: 'Investment, investor → recipient',
  noun: 'investment figures',
  takes: (f) => f.kind === 'investment' && f.unit === 'USD',
  kinds: ['investment'],
  cap: { limit: 2000, rule: 'largest', compare: byValueDesc },
  reserve: { narrow: 300, wide: 260 },
};

export const LOSSES: KindFacts = {
  ...INVESTMENT,
  id: 'losses',
  title: 'Losses, by who bore them',
  noun: 'losses',
  takes: (f) => f.kind === 'losses' && f.unit === 'USD',
  kinds: ['losses'],
};

export type PeopleKind = 'deaths' | 'injuries' | 'displaced' | 'detentions';
const PEOPLE_TITLES: Record<PeopleKind, string> = {
  deaths: 'Reported deaths',
  injuries: 'Reported injuries',
  displaced: 'People displaced',
  detentions: 'Reported detentions',
};
export const peopleKind = (kind: PeopleKind): KindFacts => ({
  id: kind,
  title: PEOPLE_TITLES[kind],
  noun: `reported ${kind === 'displaced' ? 'displacement' : kind}`,
  takes: (f) => f.kind === kind && f.unit === 'people',
  kinds: [kind],
  // The chart draws its latest claims and folds the rest behind "Show all"; this only bounds the work.
  cap: { limit: 5000, rule: 'latest claims', compare: byAsOfDesc },
  reserve: { narrow: 228, wide: 212 },
});

/** Counts of people that change as they are reported. */
export const CLAIMED_KINDS: readonly Figure['kind'][] = ['deaths', 'injuries', 'displaced', 'detentions'];

export const CLAIMS: KindFacts = {
  id: 'claims',
  title: 'Claims over time',
  noun: 'dated claims of deaths, injuries, displacement or detentions',
  takes: (f) => CLAIMED_KINDS.includes(f.kind) && f.unit === 'people' && f.asOf !== null,
  kinds: CLAIMED_KINDS,
  // The chart spans every dated claim and thins its marks itself; this only bounds the work.
  cap: { limit: 5000, rule: 'latest claims', compare: byAsOfDesc },
  reserve: { narrow: 260, wide: 240 },
};

export const SCALE: KindFacts = {
  id: 'scale',
  title: 'Population, to scale',
  noun: 'population figures',
  takes: (f) => f.kind === 'population' && f.unit === 'people',
  kinds: ['population'],
  // The chart draws the largest figure of its first places and folds the rest; this only bounds the work.
  cap: { limit: 5000, rule: 'largest', compare: byValueDesc },
  reserve: { narrow: 400, wide: 420 },
};

export const TIMELINE: KindFacts<TimelineEvent> = {
  id: 'timeline',
  title: 'Timeline',
  noun: 'dated events',
  takes: () => true,
  cap: {
    limit: 40,
    rule: 'latest events',
    compare: (a, b) => comparePlain(b.record.date, a.record.date),
  },
  reserve: { narrow: 750, wide: 350 },
};

export const PRICE: KindFacts = {
  id: 'price',
  title: 'Prices over time',
  noun: 'dated prices',
  takes: (f) => f.kind === 'price' && f.asOf !== null,
  kinds: ['price'],
  cap: { limit: 5000, rule: 'latest prices', compare: byAsOfDesc },
  reserve: { narrow: 260, wide: 240 },
};

export const percentKind = (kind: 'share' | 'tariff'): KindFacts => ({
  id: kind,
  title: kind === 'share' ? 'Shares, by subject and partner' : 'Tariffs, by who levies them',
  noun: `${kind}s`,
  takes: (f) => f.kind === kind && f.unit === 'percent',
  kinds: [kind],
  cap: { limit: 2000, rule: 'latest', compare: (a, b) => (b.record.year ?? 0) - (a.record.year ?? 0) },
  reserve: { narrow: 280, wide: 260 },
});

export const COUNTS: KindFacts = {
  id: 'counts',
  title: 'Counts, by what they count',
  noun: 'counts',
  takes: (f) => f.kind === 'count' && f.unit === 'items',
  kinds: ['count'],
  // The chart draws its latest counts and folds the rest behind "Show all"; this only bounds the work.
  cap: { limit: 5000, rule: 'latest', compare: byDateDesc },
  reserve: { narrow: 228, wide: 212 },
};
