import type { FigureKind } from '../../../src/data/schema';
import type { GenContext } from '../context';
import { tenths, withCommas } from '../words';
import { capitalise, hedge, logUniform, type Stated } from './stated';
import { someWhen, when } from './when';

// People kinds. Casualty claims (deaths, injuries) come from several claimants per conflict and
// are spread over the whole decade by their articles' dates, so "claims over time" spans it.

/** [where it happened, the other side]: the conflicts the casualty figures are about. */
const CONFLICTS: readonly [string, string | null][] = [
  ['IRN', 'ISR'],
  ['ISR', 'IRN'],
  ['UKR', 'RUS'],
  ['AFG', null],
  ['TJK', 'KGZ'],
  ['KGZ', 'TJK'],
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
const WORDING: Record<PeopleKind, { label: string; verb: string; max: number }> = {
  deaths: { label: 'deaths in', verb: 'have been killed in', max: 40_000 },
  injuries: { label: 'people injured in', verb: 'have been injured in', max: 90_000 },
  displaced: { label: 'people displaced in', verb: 'have fled their homes in', max: 3_000_000 },
  detentions: { label: 'people detained in', verb: 'have been detained in', max: 20_000 },
};

/** A count of people as written: "1,234", "2.4 million", or a range "between 120 and 150". */
function people(
  ctx: GenContext,
  max: number,
  range: boolean,
): { value: number; valueHigh?: number; written: string } {
  const value = logUniform(ctx, 2, max);
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
    const [subject, counterpart] = rng.pick(CONFLICTS);
    const slot = ctx.pool.pick();
    const range = rng.chance(0.1);
    const { qualifier, q } = range ? { qualifier: null, q: '' } : hedge(ctx, 0.3);
    const at = when(ctx, slot, someWhen(ctx, 'asOf'));
    const n = people(ctx, WORDING[kind].max, range);
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

const POPULOUS = ['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM', 'IRN', 'ISR', 'AFG', 'TUR'];

export function population(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(POPULOUS);
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, someWhen(ctx, 'year'));
  const t = rng.between(50, 900);
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
