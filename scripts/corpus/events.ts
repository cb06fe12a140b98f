import type { TimelineEvent } from '../../src/data/schema';
import type { GenContext } from './context';
import { isoOf, longDate, monthYear, weekdayOf, yearOf } from './dates';
import { nearbyCountry, weightedCountry } from './geography';
import { slugify } from './words';

type Phrase = (a: string, b: string) => string;
/** Each happening as a timeline label, as a past clause, and as a deadline still ahead. */
const HAPPENINGS: readonly { label: Phrase; past: Phrase; due: Phrase }[] = [
  {
    label: (a, b) => `${a} and ${b} sign a transit agreement`,
    past: (a, b) => `${a} and ${b} signed a transit agreement`,
    due: (a, b) => `${a} and ${b} are due to sign a transit agreement`,
  },
  {
    label: (a, b) => `${a} opens a border crossing with ${b}`,
    past: (a, b) => `${a} opened a new border crossing with ${b}`,
    due: (a, b) => `${a} is to open a new border crossing with ${b}`,
  },
  {
    label: (a, b) => `Leaders of ${a} and ${b} meet`,
    past: (a, b) => `the leaders of ${a} and ${b} met for talks`,
    due: (a, b) => `the leaders of ${a} and ${b} are to meet for talks`,
  },
  {
    label: (a, b) => `${a} sets new duties on goods from ${b}`,
    past: (a, b) => `${a} set new duties on goods from ${b}`,
    due: (a, b) => `${a} will set new duties on goods from ${b}`,
  },
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function makeEvents(ctx: GenContext, count: number): TimelineEvent[] {
  const { rng, names } = ctx;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const home = weightedCountry(rng.next());
    const other = nearbyCountry(home.code, rng.next());
    const [a, b] = [names.name(home.code), names.name(other.code)];
    const happening = rng.pick(HAPPENINGS);
    const slot = ctx.pool.pick();
    const published = ctx.pool.dayOf(slot);
    const scheduled = rng.chance(0.1);
    const relative = !scheduled && slot.published !== null && rng.chance(0.3);
    const precision = scheduled || relative ? 'day' : rng.pick(['day', 'day', 'month', 'year'] as const);
    const day = scheduled
      ? published + rng.between(10, 400)
      : relative
        ? published - rng.between(1, 6)
        : published - rng.int(1500);
    let sentence: string;
    if (scheduled) sentence = `${capitalise(happening.due(a, b))} by ${longDate(day)}.`;
    else if (relative) sentence = `On ${weekdayOf(day)}, ${happening.past(a, b)}.`;
    else {
      const when =
        precision === 'day'
          ? `On ${longDate(day)}`
          : precision === 'month'
            ? `In ${monthYear(day)}`
            : `In ${yearOf(day)}`;
      sentence = `${when}, ${happening.past(a, b)}.`;
    }
    const label = capitalise(happening.label(a, b));
    events.push({
      id: `${slugify(label, 70)}-${i + 1}`,
      date: isoOf(day).slice(0, { day: 10, month: 7, year: 4 }[precision]),
      precision,
      label,
      countries: [home.code, other.code],
      scheduled,
      dateNote: relative
        ? `"On ${weekdayOf(day)}" read as the ${weekdayOf(day)} before the article's date.`
        : null,
      source: ctx.pool.cite(slot, sentence),
    });
  }
  return events;
}
