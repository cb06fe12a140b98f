import type { FigureKind, FigureUnit } from '../schema';
import type { FigureCandidate } from './candidates';

// Which kind of figure a candidate most likely is, from the words around it. Always a guess:
// the draft lists it for the curator to check.

export const KIND_LABELS: Record<FigureKind, string> = {
  trade: 'Trade',
  investment: 'Investment',
  losses: 'Economic losses',
  price: 'Price',
  deaths: 'Deaths',
  injuries: 'Injuries',
  displaced: 'Displaced people',
  detentions: 'Detentions',
  population: 'Population',
  share: 'Share',
  tariff: 'Tariff',
  growth: 'Growth',
  count: 'Count',
};

/** Cue words, checked in order: the first kind whose cue the words near the number contain wins. */
const MONEY: [FigureKind, RegExp][] = [
  [
    'price',
    /\b(?:prices?|a (?:barrel|kilogram|kilo|tonne|litre)|per (?:barrel|kilogram|tonne|litre)|traded at|costs? \S+ (?:rials|dollars))\b/i,
  ],
  ['losses', /\b(?:loss|losses|damage|damages|lost)\b/i],
  [
    'investment',
    /\b(?:invest\w*|loans?|lend\w*|financ\w*|fund\w*|pledg\w*|credit|cost|budget|set aside|build|spend\w*|spent|portfolio|projects? worth|(?:agreements?|deals?|contracts?) worth|stake|bid)\b/i,
  ],
  ['trade', /\b(?:trade|traded|exports?|exported|imports?|imported|turnover|shipments)\b/i],
];
const PEOPLE: [FigureKind, RegExp][] = [
  ['deaths', /\b(?:killed|dead|deaths?|died|death toll|fatalities|toll)\b/i],
  ['injuries', /\b(?:injured|wounded|injuries|hurt|treated in hospital)\b/i],
  [
    'displaced',
    /\b(?:displaced|fled|refugees?|asylum|deported|returnees?|returning|evacuated|crossed back|forced to leave)\b/i,
  ],
  ['detentions', /\b(?:detained|arrested|detentions?|prisoners?|jailed)\b/i],
  ['population', /\b(?:population|inhabitants|residents|people live)\b/i],
];

const PERSONS =
  /\b(?:people|persons|civilians|children|women|men|residents|soldiers|troops|refugees|migrants|workers|patients|families|inhabitants|protesters|demonstrators|activists|journalists|students|prisoners|[A-Z][a-z]+(?:ans|is|ese))\b/;

export interface KindGuess {
  kind: FigureKind;
  unit: FigureUnit;
  why: string;
}

const cue = (table: [FigureKind, RegExp][], ...texts: string[]): [FigureKind, string] | null => {
  for (const text of texts)
    for (const [kind, pattern] of table) {
      const word = pattern.exec(text)?.[0];
      if (word !== undefined) return [kind, word];
    }
  return null;
};

export function guessKind(c: FigureCandidate): KindGuess {
  const near = c.sentence.slice(
    Math.max(0, c.offsetInSentence - 60),
    c.offsetInSentence + c.text.length + 60,
  );
  if (c.kind === 'money') {
    const found = cue(MONEY, c.quote, near);
    const [kind, why] =
      found === null ? ['trade' as const, 'by default for money'] : [found[0], `from "${found[1]}"`];
    return { kind, unit: (c.unit ?? 'USD') as FigureUnit, why };
  }
  if (c.kind === 'percent') {
    if (c.growth !== null)
      return {
        kind: 'growth',
        unit: 'percent',
        why: 'from the words of change around it ("rose", "fell", "more than")',
      };
    const tariff = /\b(?:tariffs?|duty|duties|levy)\b/i.exec(c.quote)?.[0];
    return tariff === undefined
      ? { kind: 'share', unit: 'percent', why: 'by default for a percentage' }
      : { kind: 'tariff', unit: 'percent', why: `from "${tariff}"` };
  }
  if (c.kind === 'count') {
    // The words right after the number decide first ("nine people were killed and 41 injured").
    const after = c.sentence.slice(c.offsetInSentence, c.offsetInSentence + c.text.length + 40);
    const before = c.sentence.slice(Math.max(0, c.offsetInSentence - 60), c.offsetInSentence);
    // The clause around the number speaks for it only when what it counts could be people:
    // "550 ballistic missiles" in a sentence about the killed are still missiles.
    const context = c.measure === null || PERSONS.test(c.measure) ? [c.quote, before] : [];
    const found = cue(PEOPLE, c.measure ?? '', after, ...context);
    if (found !== null) return { kind: found[0], unit: 'people', why: `from "${found[1]}"` };
  }
  return { kind: 'count', unit: 'items', why: 'by default for a count of things' };
}
