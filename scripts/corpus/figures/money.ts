import type { FigureUnit } from '../../../src/data/schema';
import type { GenContext } from '../context';
import { REGION } from '../geography';
import { capitalise, hedge, logUniform, money, type Stated } from './stated';
import { someWhen, when } from './when';

// Money kinds: trade between two sides, investment (investor → recipient) and losses (prices: price.ts).

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

/**
 * An amount from 10 million to about 20 billion in US dollars, in the side's currency (a
 * currency worth less writes bigger numbers, so the same deal reads right in tenge or roubles).
 */
const PER_DOLLAR: Partial<Record<FigureUnit, number>> = {
  KZT: 450,
  RUB: 80,
  TRY: 20,
  IRR: 42000,
  ILS: 3.6,
  TJS: 10,
  CNY: 7,
};
function amount(ctx: GenContext, unit: FigureUnit, range: boolean) {
  const dollars = logUniform(ctx, 10, 20_000) * 1e6 * (PER_DOLLAR[unit] ?? 1);
  const billions = dollars >= 1e9;
  const tenthsOf = Math.max(1, Math.round(dollars / (billions ? 1e8 : 1e5)));
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
  // A third of the trade figures are one direction of it; the rest are turnover.
  const flow = rng.chance(0.34) ? rng.pick(['exports', 'imports'] as const) : undefined;
  return {
    kind: 'trade',
    label: capitalise(`trade between ${a} and ${b}`),
    ...m,
    unit,
    ...(flow === undefined ? {} : { flow }),
    core:
      flow === 'exports'
        ? `${capitalise(a)}'s exports to ${b} came to ${q}${m.written}${at.phrase}`
        : flow === 'imports'
          ? `${capitalise(a)}'s imports from ${b} came to ${q}${m.written}${at.phrase}`
          : rng.pick([
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
