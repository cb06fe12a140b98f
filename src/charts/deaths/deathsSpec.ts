import { nameOf } from '../describeRecord';
import { type PeopleKind, peopleKind } from '../kinds';
import { claimBarsChart } from './claimBarsChart';

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
  claimBarsChart(peopleKind(kind), {
    marks: 'claims',
    groupOf: (f, naming) => nameOf(naming.names, f.subject),
    scalePerGroup: false,
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
  });

export const deathsSpec = peopleSpec('deaths');
