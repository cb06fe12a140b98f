import type { Figure, TimelineEvent } from '../data/schema';
import { formatIsoDate, formatPartialDate } from '../lib/formatDate';
import { describeQualifier, formatAmount, formatValue, isApproximate } from '../lib/formatValue';
import type { FilterIndex, FilterMatch } from '../state/filterMatch';

// Everything a tooltip, table row or CSV line says about a record, worked out once.

export interface NameContext {
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  index: FilterIndex;
}

export type Match = Exclude<FilterMatch, null>;

export const nameOf = (names: ReadonlyMap<string, string>, code: string): string => names.get(code) ?? code;

/** "figure for Central Asia as a whole" when the record shows only because a group member is selected. */
export function regionalNote(
  codes: readonly string[],
  match: Match,
  naming: NameContext,
  noun: string,
): string | null {
  if (match !== 'regional') return null;
  const groups = codes.filter((code) => {
    const members = naming.index.members.get(code);
    return members !== undefined && [...members].some((m) => naming.index.selected.has(m));
  });
  if (groups.length === 0) return null;
  const groupNames = groups.map((g) => nameOf(naming.names, g));
  return `${noun} for ${groupNames.join(' and ')} as a whole`;
}

export interface FigureText {
  id: string;
  figure: Figure;
  /** "estimated $95 billion" */
  value: string;
  /** "$95 billion", without the qualifier */
  amount: string;
  approximate: boolean;
  /** The top of a reported range, else null. */
  valueHigh: number | null;
  qualifier: string;
  reporter: string;
  reporterStated: boolean;
  year: string;
  asOf: string | null;
  subject: string;
  counterpart: string | null;
  regional: string | null;
  articleTitle: string;
}

export function describeFigure(figure: Figure, match: Match, naming: NameContext, noun?: string): FigureText {
  // A count of things names what it counts ("75 cruise missiles"); a range gives both ends.
  const counted = noun ?? figure.measure;
  const options = {
    ...(counted === undefined ? {} : { noun: counted }),
    ...(figure.valueHigh === undefined ? {} : { high: figure.valueHigh }),
  };
  const codes = figure.counterpart === null ? [figure.subject] : [figure.subject, figure.counterpart];
  return {
    id: figure.id,
    figure,
    value: formatValue(figure.value, figure.unit, figure.qualifier, options),
    amount: formatAmount(figure.value, figure.unit, options),
    approximate: isApproximate(figure.qualifier),
    valueHigh: figure.valueHigh ?? null,
    qualifier: describeQualifier(figure.qualifier),
    reporter: figure.reportedBy ?? 'source not stated',
    reporterStated: figure.reportedBy !== null,
    year: figure.year === null ? 'year not stated' : String(figure.year),
    asOf: figure.asOf === null ? null : formatIsoDate(figure.asOf),
    subject: nameOf(naming.names, figure.subject),
    counterpart: figure.counterpart === null ? null : nameOf(naming.names, figure.counterpart),
    regional: regionalNote(codes, match, naming, 'figure'),
    articleTitle: naming.titles.get(figure.source.article) ?? figure.source.article,
  };
}

export interface EventText {
  id: string;
  event: TimelineEvent;
  date: string;
  precision: string;
  regional: string | null;
  articleTitle: string;
}

const PRECISION_WORDS = {
  day: 'known to the day',
  month: 'known to the month only',
  year: 'known to the year only',
} as const;

export function describeEvent(event: TimelineEvent, match: Match, naming: NameContext): EventText {
  return {
    id: event.id,
    event,
    date: formatPartialDate(event.date, event.precision),
    precision: PRECISION_WORDS[event.precision],
    regional: regionalNote(event.countries, match, naming, 'listed'),
    articleTitle: naming.titles.get(event.source.article) ?? event.source.article,
  };
}

/** The facts every relationship chart (trade, trade across years, investment) computes from. */
export const relationshipFacts = (t: FigureText) => ({
  id: t.id,
  subject: t.figure.subject,
  counterpart: t.figure.counterpart,
  year: t.figure.year,
  value: t.figure.value,
  valueHigh: t.valueHigh,
  reportedBy: t.figure.reportedBy,
});
