import { claimLabel, claimMeta } from '../claimWords';
import { type PeopleKind, peopleKind } from '../kinds';
import { figureChart } from '../spec';
import { computeDeaths } from './computeDeaths';
import { DeathsDrawing } from './DeathsDrawing';

const COUNTED: Record<PeopleKind, { noun: string; dek: string }> = {
  deaths: { noun: 'deaths', dek: "Each side's count of the dead, with who made the claim and when." },
  injuries: { noun: 'injuries', dek: "Each side's count of the injured, with who made the claim and when." },
  displaced: {
    noun: 'displacement',
    dek: 'Each count of people displaced, with who made the claim and when.',
  },
  detentions: { noun: 'detentions', dek: 'Each count of people detained, with who made the claim and when.' },
};

/** A count of people, claims per side: one bar per claim, claims never added together. */
export const peopleSpec = (kind: PeopleKind) =>
  figureChart({
    id: kind,
    nouns: { empty: `reported ${COUNTED[kind].noun}`, marks: 'claims', table: 'claims as reported' },
    // Deaths always hold their place; the other counts only when the data has them.
    optional: kind !== 'deaths',
    reserve: (width) => (width < 600 ? 228 : 212),
    takes: peopleKind(kind).takes,
    cap: peopleKind(kind).cap,
    compute: (texts, width, measure) =>
      computeDeaths(
        texts.map((t) => ({
          id: t.id,
          country: t.subject,
          label: t.figure.label,
          value: t.figure.value,
          valueHigh: t.valueHigh,
          valueText: t.value,
          asOf: t.figure.asOf,
          meta: claimMeta(t),
        })),
        width,
        measure,
      ),
    words: (texts) => {
      const places = [...new Set(texts.map((t) => t.subject))];
      const what = `Reported ${COUNTED[kind].noun}`;
      return {
        title: places.length > 0 && places.length <= 3 ? `${what} in ${places.join(' and ')}` : what,
        dek: COUNTED[kind].dek,
        caption:
          'One bar per claim, on one scale from zero. Claims by different sides, or on different dates, are shown separately and never added together.',
        footer: 'Claims as reported, never summed. Crossroads.',
      };
    },
    Drawing: DeathsDrawing,
    marks: (layout, byId) =>
      layout.groups.flatMap((g) =>
        g.claims.map((c) => ({ id: c.id, hit: c.hit, anchor: c.anchor, label: claimLabel(byId.get(c.id)!) })),
      ),
  });

export const deathsSpec = peopleSpec('deaths');
