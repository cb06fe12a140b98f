import type { GenContext } from '../context';
import { REGION } from '../geography';
import { withCommas } from '../words';
import { capitalise, hedge, logUniform, type Stated } from './stated';
import { someWhen, when } from './when';

// Counts of things, each with its `measure` in the article's words, so charts can group them and
// never draw missiles beside kilometres of track.

const HOSTS = REGION.map((country) => country.code);

interface Measure {
  measure: string;
  max: number;
  /** The clause, given the two sides' names and the number as written. */
  clause: (a: string, b: string, n: string) => string;
  /** Conflict measures name the side hit as subject and the attacker as counterpart. */
  sides: readonly [string, string | null][] | null;
}

const ATTACKS: readonly [string, string | null][] = [
  ['ISR', 'IRN'],
  ['IRN', 'ISR'],
  ['UKR', 'RUS'],
];

/** Who counts attacks, and who counts freight and paperwork. */
const MILITARY_REPORTERS = ['the defence ministry', 'the military', 'monitors', 'the air force'];
const CIVIL_REPORTERS = ['officials', 'the railway operator', 'the port authority', 'the customs service'];

const MEASURES: readonly Measure[] = [
  {
    measure: 'ballistic missiles',
    max: 600,
    sides: ATTACKS,
    clause: (a, b, n) => `${b} fired ${n} ballistic missiles at ${a}`,
  },
  { measure: 'drones', max: 3000, sides: ATTACKS, clause: (a, b, n) => `${b} launched ${n} drones at ${a}` },
  {
    measure: 'airstrikes',
    max: 900,
    sides: ATTACKS,
    clause: (a, b, n) => `${b} carried out ${n} airstrikes on ${a}`,
  },
  {
    measure: 'kilometres of track',
    max: 3000,
    sides: null,
    clause: (a, _b, n) => `${a} has laid ${n} kilometres of track`,
  },
  {
    measure: 'tonnes of cargo',
    max: 900_000,
    sides: null,
    clause: (a, b, n) => `${n} tonnes of cargo moved between ${a} and ${b}`,
  },
  {
    measure: 'freight trains',
    max: 20_000,
    sides: null,
    clause: (a, b, n) => `${n} freight trains ran between ${a} and ${b}`,
  },
  {
    measure: 'containers',
    max: 400_000,
    sides: null,
    clause: (a, _b, n) => `ports in ${a} handled ${n} containers`,
  },
  {
    measure: 'asylum applications',
    max: 90_000,
    sides: null,
    clause: (a, b, n) => `people from ${b} filed ${n} asylum applications in ${a}`,
  },
  {
    measure: 'trucks',
    max: 5000,
    sides: null,
    clause: (a, b, n) => `${n} trucks queued at the border between ${a} and ${b}`,
  },
];

export function count(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const m = rng.pick(MEASURES);
  const reporters = m.sides === null ? CIVIL_REPORTERS : MILITARY_REPORTERS;
  const [subject, counterpart] =
    m.sides === null
      ? ((host) => [host, rng.pick(HOSTS.filter((code) => code !== host))] as const)(rng.pick(HOSTS))
      : rng.pick(m.sides);
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, someWhen(ctx, m.sides === null ? 'year' : 'asOf'));
  const value = logUniform(ctx, 2, m.max);
  const { qualifier, q } = hedge(ctx, 0.3);
  const a = names.name(subject);
  const b = counterpart === null ? '' : names.name(counterpart);
  return {
    kind: 'count',
    label: capitalise(`${m.measure}, ${a}`),
    value,
    unit: 'items',
    measure: m.measure,
    core: capitalise(`${m.clause(a, b, `${q}${withCommas(value)}`)}${at.phrase}`),
    year: at.year,
    asOf: at.asOf,
    qualifier,
    reportedBy: rng.chance(0.7) ? rng.pick(reporters) : null,
    subject,
    counterpart,
    slot,
  };
}
