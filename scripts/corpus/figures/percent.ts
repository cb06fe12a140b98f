import type { GenContext } from '../context';
import { REGION } from '../geography';
import { tenths } from '../words';
import { capitalise, hedge, type Stated } from './stated';
import { someWhen, when } from './when';

// Percent kinds: a share of a total (never above 100) and a tariff rate (which can be).

const HOSTS = REGION.map((country) => country.code);
const SHARE_HOLDERS = ['CHN', 'RUS', 'EUU', 'TUR', 'KAZ', 'IRN', 'USA'];
const TOTALS = ['imports', 'exports', 'foreign debt', 'gas supplies', 'transit cargo'];
const TARIFF_SETTERS = ['USA', 'EUU', 'CHN', 'RUS', 'TUR', 'IND'];
const GOODS = ['steel', 'cars', 'cotton', 'grain', 'solar panels', 'fertiliser', 'goods'];

const percentText = (ctx: GenContext, value: string) =>
  ctx.rng.pick([`${value}%`, `${value} percent`, `${value} per cent`]);

export function share(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(SHARE_HOLDERS);
  const counterpart = rng.pick(HOSTS.filter((code) => code !== subject));
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, someWhen(ctx, 'year'));
  const t = rng.between(5, 950);
  const { qualifier, q } = hedge(ctx, 0.3);
  const total = rng.pick(TOTALS);
  const [a, b] = [names.name(subject), names.name(counterpart)];
  return {
    kind: 'share',
    label: capitalise(`${a}'s share of ${b}'s ${total}`),
    value: t / 10,
    unit: 'percent',
    measure: total,
    core: `${capitalise(a)} accounted for ${q}${percentText(ctx, tenths(t))} of ${b}'s ${total}${at.phrase}`,
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.6) ? rng.pick(['the central bank', 'the statistics agency', 'analysts']) : null,
    subject,
    counterpart,
    slot,
  };
}

export function tariff(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(TARIFF_SETTERS);
  const counterpart = rng.pick([...HOSTS, 'EUU', 'USA', 'IND'].filter((code) => code !== subject));
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, someWhen(ctx, 'asOf'));
  // Mostly ordinary rates; a few punitive ones above 100 percent, which tariffs (unlike shares) allow.
  const rate = rng.chance(0.08) ? rng.between(101, 200) : rng.between(2, 60);
  const range = rng.chance(0.12);
  const high = rate + rng.between(2, 15);
  const goods = rng.pick(GOODS);
  const [a, b] = [names.name(subject), names.name(counterpart)];
  const written = range ? `from ${rate} to ${high} percent` : percentText(ctx, String(rate));
  return {
    kind: 'tariff',
    label: capitalise(`tariff by ${a} on ${goods} from ${b}`),
    value: rate,
    ...(range ? { valueHigh: high } : {}),
    unit: 'percent',
    measure: `duty on ${goods}`,
    core: range
      ? `${capitalise(a)} raised duties on ${goods} from ${b} to rates ranging ${written}${at.phrase}`
      : `${capitalise(a)} set a ${written} tariff on ${goods} from ${b}${at.phrase}`,
    year: at.year,
    asOf: at.asOf,
    qualifier: null,
    reportedBy: rng.chance(0.6) ? rng.pick(['the trade ministry', 'the economy ministry']) : null,
    subject,
    counterpart,
    slot,
  };
}
