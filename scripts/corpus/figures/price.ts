import type { FigureUnit } from '../../../src/data/schema';
import type { GenContext } from '../context';
import { capitalise, hedge, type Stated } from './stated';
import { when } from './when';

// Prices of commodities, mostly as of a date, each in the currency and unit of sale it trades in.

/** Commodities, each with its unit of sale, currency and price range in tenths. */
const COMMODITIES = [
  { name: 'Brent crude', per: 'a barrel', unit: 'USD', low: 350, high: 1200, subject: 'USA' },
  { name: 'Urals crude', per: 'a barrel', unit: 'USD', low: 300, high: 1000, subject: 'RUS' },
  { name: 'Kazakh wheat', per: 'a tonne', unit: 'USD', low: 1500, high: 3600, subject: 'KAZ' },
  { name: 'Uzbek cotton', per: 'a tonne', unit: 'USD', low: 12000, high: 25000, subject: 'UZB' },
  { name: 'petrol in Kazakhstan', per: 'a litre', unit: 'KZT', low: 1300, high: 2600, subject: 'KAZ' },
  { name: 'Chinese steel rebar', per: 'a tonne', unit: 'CNY', low: 30000, high: 52000, subject: 'CHN' },
] as const;
const SIGN: Partial<Record<FigureUnit, string>> = { USD: '$' };
const AFTER: Partial<Record<FigureUnit, string>> = { KZT: ' tenge', CNY: ' yuan' };

export function price(ctx: GenContext): Stated {
  const { rng } = ctx;
  const item = rng.pick(COMMODITIES);
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, rng.chance(0.85) ? 'asOf' : 'year');
  const cents = rng.between(item.low, item.high);
  const number = cents % 10 === 0 ? String(cents / 10) : (cents / 10).toFixed(1);
  const written = `${SIGN[item.unit] ?? ''}${number}${AFTER[item.unit] ?? ''} ${item.per}`;
  const { qualifier, q } = hedge(ctx, 0.2);
  return {
    kind: 'price',
    label: capitalise(`price of ${item.name}`),
    value: cents / 10,
    unit: item.unit,
    measure: `${item.name.replace(/ in .*/, '')}, ${item.per.replace(/^a /, 'per ')}`,
    core: `${capitalise(item.name)} sold for ${q}${written}${at.phrase}`,
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.6) ? rng.pick(['traders', 'the commodities exchange', 'analysts']) : null,
    subject: item.subject,
    counterpart: null,
    slot,
  };
}
