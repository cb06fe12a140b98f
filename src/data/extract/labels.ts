import type { Figure, FigureKind } from '../schema';
import { describePeriod } from '../statedPeriods';

// A draft's label, composed like the curated ones in data/figures.json ("China's trade with
// Central Asia", "Deaths in Iran", "Population of China"): country names from countries.json,
// the article's own words for what is counted, and no capitals but the first and the names'.

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A measure as a label's noun: the first word lower-cased unless it reads as a name ("Russian gas"). */
const asNoun = (measure: string) =>
  /^[A-Z][a-z]+(?:ian|ese|ish|ean|an|i)\b/.test(measure)
    ? measure
    : measure.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

export interface LabelParts {
  kind: FigureKind;
  subject: string;
  counterpart: string | null;
  flow?: Figure['flow'];
  measure?: string;
  period?: Figure['period'];
}

export function composeLabel(p: LabelParts): string {
  const s = p.subject;
  const c = p.counterpart;
  const withC = (word: string) => (c === null ? '' : ` ${word} ${c}`);
  const measure = p.measure === undefined ? null : asNoun(p.measure);
  let label: string;
  switch (p.kind) {
    case 'trade':
      label =
        p.flow === 'exports'
          ? `${possessive(s)} exports${withC('to')}`
          : p.flow === 'imports'
            ? `${possessive(s)} imports${withC('from')}`
            : `${possessive(s)} trade${withC('with')}`;
      break;
    case 'investment':
      label = c === null ? `Investment in ${s}` : `${possessive(s)} investment in ${c}`;
      break;
    case 'losses':
      label = `Economic losses in ${s}`;
      break;
    case 'price':
      label = measure === null ? `Price in ${s}` : `Price of ${measure} in ${s}`;
      break;
    case 'deaths':
      label = `Deaths in ${s}`;
      break;
    case 'injuries':
      label = `Injuries in ${s}`;
      break;
    case 'displaced':
      label = `People displaced in ${s}`;
      break;
    case 'detentions':
      label = `Detentions in ${s}`;
      break;
    case 'population':
      label = `Population of ${s}`;
      break;
    case 'share':
      label = `${possessive(s)} share${withC('in')}`;
      break;
    case 'tariff':
      label = `${possessive(s)} tariff${withC('on')}`;
      break;
    case 'growth':
      label =
        p.flow === 'exports'
          ? `Growth of ${possessive(s)} exports${withC('to')}`
          : p.flow === 'imports'
            ? `Growth of ${possessive(s)} imports${withC('from')}`
            : p.flow === 'total'
              ? `Growth of ${possessive(s)} trade${withC('with')}`
              : `Growth in ${s}`;
      break;
    default:
      label = `${upperFirst(measure ?? 'items')} in ${s}`;
  }
  const when = p.period === undefined ? '' : `, ${describePeriod(p.period)}`;
  return upperFirst(`${label}${when}`).slice(0, 200);
}
