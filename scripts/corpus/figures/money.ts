import type { FigureUnit } from '../../../src/data/schema';
import type { GenContext } from '../context';
import { REGION } from '../geography';
import { capitalise, hedge, logUniform, money, type Stated } from './stated';
import { someWhen, when } from './when';

// Money kinds: trade between two sides, investment (investor → recipient), losses and prices.

const HOSTS = REGION.map((country) => country.code);
const TRADERS = [...HOSTS, 'CAS', 'EUU', 'USA', 'IND'];
const INVESTORS = ['CHN', 'RUS', 'TUR', 'EUU', 'USA', 'IND', 'DEU', 'KAZ'];
/** The currency each side's articles tend to use; USD stays the most common everywhere. */
const CURRENCY_OF: Record<string, readonly FigureUnit[]> = {
  CHN: ['USD', 'USD', 'CNY'],
  RUS: ['USD', 'RUB'],
  EUU: ['EUR', 'EUR', 'USD'],
  DEU: ['EUR'],
  TUR: ['USD', 'TRY'],
  KAZ: ['USD', 'KZT'],
  IRN: ['USD', 'IRR'],
  ISR: ['USD', 'ILS'],
  TJK: ['USD', 'TJS'],
  GBR: ['GBP'],
};
const currencyOf = (ctx: GenContext, code: string): FigureUnit => ctx.rng.pick(CURRENCY_OF[code] ?? ['USD']);
const TRADE_REPORTERS = ['customs officials', 'the trade ministry', 'the national statistics committee'];
const INVESTMENT_REPORTERS = ['the investment agency', 'the economy ministry', 'the development bank'];
const LOSS_REPORTERS = ['the finance ministry', 'the World Bank', 'industry groups', 'insurers'];

/** An amount from 10 million to about 200 billion, in the side's currency. */
function amount(ctx: GenContext, unit: FigureUnit, range: boolean) {
  const billions = ctx.rng.chance(0.5);
  const tenthsOf = billions ? logUniform(ctx, 5, 2000) : logUniform(ctx, 100, 9990);
  return money(ctx, unit, tenthsOf, billions ? 'billion' : 'million', range);
}

export function trade(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(TRADERS);
  const counterpart = rng.pick(TRADERS.filter((code) => code !== subject));
  const slot = ctx.pool.pick();
  const { qualifier, q } = hedge(ctx);
  const at = when(ctx, slot, someWhen(ctx, 'year'));
  const unit = currencyOf(ctx, subject);
  const m = amount(ctx, unit, rng.chance(0.08));
  const [a, b] = [names.name(subject), names.name(counterpart)];
  return {
    kind: 'trade',
    label: capitalise(`trade between ${a} and ${b}`),
    ...m,
    unit,
    core: rng.pick([
      `Trade between ${a} and ${b} reached ${q}${m.written}${at.phrase}`,
      `${capitalise(a)}'s trade with ${b} came to ${q}${m.written}${at.phrase}`,
    ]),
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.8) ? rng.pick(TRADE_REPORTERS) : null,
    subject,
    counterpart,
    slot,
  };
}

export function investment(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(INVESTORS);
  const counterpart = rng.pick(HOSTS.filter((code) => code !== subject));
  const slot = ctx.pool.pick();
  const { qualifier, q } = hedge(ctx);
  const at = when(ctx, slot, someWhen(ctx, 'year'));
  const unit = currencyOf(ctx, subject);
  const m = amount(ctx, unit, rng.chance(0.12));
  const [a, b] = [names.name(subject), names.name(counterpart)];
  return {
    kind: 'investment',
    label: capitalise(`investment by ${a} in ${b}`),
    ...m,
    unit,
    core: rng.pick([
      `Companies from ${a} invested ${q}${m.written} in ${b}${at.phrase}`,
      `${capitalise(a)} pledged ${q}${m.written} for projects in ${b}${at.phrase}`,
      `Investment from ${a} in ${b} totalled ${q}${m.written}${at.phrase}`,
    ]),
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.7) ? rng.pick(INVESTMENT_REPORTERS) : null,
    subject,
    counterpart,
    slot,
  };
}

const LOSS_CAUSES = ['the border closures', 'the sanctions', 'the strikes', 'the drought', 'the floods'];

export function losses(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(HOSTS);
  const slot = ctx.pool.pick();
  const { qualifier, q } = hedge(ctx, 0.5);
  const at = when(ctx, slot, someWhen(ctx, 'asOf'));
  const unit = currencyOf(ctx, subject);
  const m = amount(ctx, unit, rng.chance(0.2));
  const who = names.name(subject);
  const cause = rng.pick(LOSS_CAUSES);
  return {
    kind: 'losses',
    label: capitalise(`losses in ${who} from ${cause.replace('the ', '')}`),
    ...m,
    unit,
    core: `Losses in ${who} from ${cause} were put at ${q}${m.written}${at.phrase}`,
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.8) ? rng.pick(LOSS_REPORTERS) : null,
    subject,
    counterpart: null,
    slot,
  };
}

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
