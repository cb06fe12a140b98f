import type { Figure } from '../data/schema';
import { comparePlain } from '../lib/textOrder';
import type { Matched } from '../state/selectors';
import type { Cap } from './spec';

// What the panel needs to know about a lesser chart kind before its code loads: which figures it
// takes, how many it draws, and the words of its summary line. Cheap and static on purpose; each
// kind's compute and drawing load only when its section is opened (registry.tsx).

export interface KindFacts {
  id: string;
  /** The summary line's title, the same as the chart's when drawn. */
  title: string;
  /** What the kind's figures are called in its summary line ("investment figures"). */
  noun: string;
  takes: (figure: Figure) => boolean;
  cap: Cap<Figure>;
}

export const byAsOfDesc = (a: Matched<Figure>, b: Matched<Figure>) =>
  comparePlain(b.record.asOf ?? '', a.record.asOf ?? '');
const byValueDesc = (a: Matched<Figure>, b: Matched<Figure>) => b.record.value - a.record.value;

export const TRADE_TAKES = (f: Figure) => f.kind === 'trade' && f.unit === 'USD';

export const TRADE_YEARS: KindFacts = {
  id: 'trade-years',
  title: 'Trade across the years',
  noun: 'trade figures',
  takes: TRADE_TAKES,
  // The same figures as the trade bars, whose cap note already counts any left out.
  cap: { limit: 5000, rule: 'largest', compare: byValueDesc },
};

export const INVESTMENT: KindFacts = {
  id: 'investment',
  title: 'Investment, investor → recipient',
  noun: 'investment figures',
  takes: (f) => f.kind === 'investment' && f.unit === 'USD',
  cap: { limit: 2000, rule: 'largest', compare: byValueDesc },
};

export const LOSSES: KindFacts = {
  ...INVESTMENT,
  id: 'losses',
  title: 'Losses, by who bore them',
  noun: 'losses',
  takes: (f) => f.kind === 'losses' && f.unit === 'USD',
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
  noun: `claims of ${kind}`,
  takes: (f) => f.kind === kind && f.unit === 'people',
  cap: { limit: 12, rule: 'latest claims', compare: byAsOfDesc },
});

export const PRICE: KindFacts = {
  id: 'price',
  title: 'Prices over time',
  noun: 'dated prices',
  takes: (f) => f.kind === 'price' && f.asOf !== null,
  cap: { limit: 5000, rule: 'latest prices', compare: byAsOfDesc },
};

export const percentKind = (kind: 'share' | 'tariff'): KindFacts => ({
  id: kind,
  title: kind === 'share' ? 'Shares, by subject and partner' : 'Tariffs, by who levies them',
  noun: `${kind}s`,
  takes: (f) => f.kind === kind && f.unit === 'percent',
  cap: { limit: 2000, rule: 'latest', compare: (a, b) => (b.record.year ?? 0) - (a.record.year ?? 0) },
});

export const COUNTS: KindFacts = {
  id: 'counts',
  title: 'Counts, by what they count',
  noun: 'counts',
  takes: (f) => f.kind === 'count' && f.unit === 'items',
  cap: {
    limit: 12,
    rule: 'latest',
    compare: (a, b) =>
      comparePlain(
        b.record.asOf ?? String(b.record.year ?? ''),
        a.record.asOf ?? String(a.record.year ?? ''),
      ),
  },
};
