import type { GenContext } from '../context';
import { REGION } from '../geography';
import { tenths } from '../words';
import { capitalise, type Stated } from './stated';
import { when } from './when';

// Growth: a change in percent against an earlier figure, which may be negative ("fell 9.3%"). The
// quote states its size; the direction is in the verb, as the validator expects.

const HOSTS = REGION.map((country) => country.code);
const WHAT = ['trade', 'freight traffic', 'investment', 'gas exports', 'grain exports'];
const AGAINST = ['a year earlier', 'the year before', 'the previous quarter'];

export function growth(ctx: GenContext): Stated {
  const { rng, names } = ctx;
  const subject = rng.pick(HOSTS);
  const counterpart = rng.pick(HOSTS.filter((code) => code !== subject));
  const slot = ctx.pool.pick();
  const at = when(ctx, slot, 'year');
  const t = rng.between(1, 450);
  const fell = rng.chance(0.3);
  const what = rng.pick(WHAT);
  const comparedWith = rng.pick(AGAINST);
  const [a, b] = [names.name(subject), names.name(counterpart)];
  const rate = rng.pick([`${tenths(t)}%`, `${tenths(t)} percent`]);
  return {
    kind: 'growth',
    label: capitalise(`change in ${a}'s ${what} with ${b}`),
    value: fell ? -t / 10 : t / 10,
    unit: 'percent',
    measure: what,
    comparedWith,
    core: `${capitalise(a)}'s ${what} with ${b} ${fell ? 'fell' : 'rose'} ${rate}${at.phrase} compared with ${comparedWith}`,
    year: at.year,
    asOf: null,
    qualifier: null,
    reportedBy: rng.chance(0.7)
      ? rng.pick(['the statistics agency', 'the economy ministry', 'analysts'])
      : null,
    subject,
    counterpart,
    slot,
  };
}
