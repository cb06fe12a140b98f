import type { FigureKind } from '../../../src/data/schema';
import type { GenContext } from '../context';
import { dayOf, yearOf } from '../dates';
import { tenths, withCommas } from '../words';
import { capitalise, hedge, type Stated } from './stated';
import { someWhen, when } from './when';

// People kinds. Casualty claims (deaths, injuries) come from several claimants per conflict and
// are spread over the whole decade by their articles' dates, so "claims over time" spans it.

interface Conflict {
  /** Where it happened, and the other side. */
  where: string;
  other: string | null;
  /** When the toll starts counting, and how many it adds a year: tolls grow over the decade. */
  since: string;
  perYear: number;
}
const CONFLICTS: readonly Conflict[] = [
  { where: 'IRN', other: 'ISR', since: '2019-06-01', perYear: 900 },
  { where: 'ISR', other: 'IRN', since: '2019-06-01', perYear: 300 },
  { where: 'UKR', other: 'RUS', since: '2015-01-01', perYear: 6000 },
  { where: 'AFG', other: null, since: '2015-01-01', perYear: 3000 },
  { where: 'TJK', other: 'KGZ', since: '2016-03-01', perYear: 60 },
  { where: 'KGZ', other: 'TJK', since: '2016-03-01', perYear: 50 },
];
const CLAIMANTS = [
  'the health ministry',
  'the United Nations',
  'an international monitoring group',
  'a regional rights group',
  'the Red Crescent',
  'local officials',
  'the military',
];

type PeopleKind = Extract<FigureKind, 'deaths' | 'injuries' | 'displaced' | 'detentions'>;
/** How each kind reads, and its size against the conflict's death toll. */
const WORDING: Record<PeopleKind, { label: string; verb: string; times: number }> = {
  deaths: { label: 'deaths in', verb: 'have been killed in', times: 1 },
  injuries: { label: 'people injured in', verb: 'have been injured in', times: 2.5 },
  displaced: { label: 'people displaced in', verb: 'have fled their homes in', times: 60 },
  detentions: { label: 'people detained in', verb: 'have been detained in', times: 0.6 },
};

/**
 * A claimed toll as written: "1,234", "2.4 million", or a range "between 120 and 150". It follows
 * the conflict's toll on the day, and each claimant's count differs from it by up to half.
 */
function people(
  ctx: GenContext,
  toll: number,
  range: boolean,
): { value: number; valueHigh?: number; written: string } {
  const value = Math.max(2, Math.round(toll * (0.5 + ctx.rng.next())));
  if (value >= 1_000_000) {
    const t = Math.round(value / 100_000);
    return { value: t * 100_000, written: `${tenths(t)} million` };
  }
  if (!range) return { value, written: withCommas(value) };
  const high = value + Math.max(1, Math.round(value * (0.1 + ctx.rng.next() * 0.4)));
  return { value, valueHigh: high, written: `between ${withCommas(value)} and ${withCommas(high)}` };
}

function claim(kind: PeopleKind) {
  return (ctx: GenContext): Stated => {
    const { rng, names } = ctx;
    const conflict = rng.pick(CONFLICTS);
    const [subject, counterpart] = [conflict.where, conflict.other];
    const start = dayOf(conflict.since) + 30;
    const slot = ctx.pool.pickFrom(start + rng.int(Math.max(1, dayOf(ctx.pool.options.to) - start)));
    const range = rng.chance(0.1);
    const { qualifier, q } = range ? { qualifier: null, q: '' } : hedge(ctx, 0.3);
    const at = when(ctx, slot, someWhen(ctx, 'asOf'));
    const years = Math.max(0.1, (ctx.pool.dayOf(slot) - dayOf(conflict.since)) / 365);
    const n = people(ctx, conflict.perYear * years * WORDING[kind].times, range);
    const where = names.name(subject);
    const by = counterpart === null ? '' : ` in attacks by ${names.name(counterpart)}`;
    return {
      kind,
      label: capitalise(`${WORDING[kind].label} ${where}`),
      ...n,
      unit: 'people',
      core: `${capitalise(`${q}${n.written}`)} people ${WORDING[kind].verb} ${where}${by}${at.phrase}`,
      year: at.year,
      asOf: at.asOf,
      qualifier,
      reportedBy: rng.chance(0.85) ? rng.pick(CLAIMANTS) : null,
      subject,
      counterpart,
      slot,
    };
  };
}

export const deaths = claim('deaths');
export const injuries = claim('injuries');
export const displaced = claim('displaced');
export const detentions = claim('detentions');

/** Millions of people in 2015 and yearly growth, near enough to the real ones to read right. */
const POPULATIONS: Record<string, [number, number]> = {
  KAZ: [17.5, 0.013],
  KGZ: [5.9, 0.018],
  UZB: [31.3, 0.018],
  TJK: [8.5, 0.022],
  TKM: [5.6, 0.015],
  IRN: [79, 0.011],
  ISR: [8.4, 0.019],
  AFG: [34, 0.027],
  TUR: [78.5, 0.009],
};

export function population(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(Object.keys(POPULATIONS));
  const [base, growth] = POPULATIONS[subject] ?? [10, 0.01];
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, someWhen(ctx, 'year'));
  const years = yearOf(ctx.pool.dayOf(slot)) - 2015;
  // In tenths of a million, with each source's count a little off the trend.
  const t = Math.round(base * 10 * (1 + growth) ** years * (0.98 + rng.next() * 0.04));
  const { qualifier, q } = hedge(ctx, 0.3);
  const who = names.name(subject);
  return {
    kind: 'population',
    label: capitalise(`population of ${who}`),
    value: t * 100_000,
    unit: 'people',
    core: `${capitalise(who)} had a population of ${q}${tenths(t)} million${at.phrase}`,
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.7) ? rng.pick(['the national statistics committee', 'census officials']) : null,
    subject,
    counterpart: null,
    slot,
  };
}
