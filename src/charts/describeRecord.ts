import type { Figure, TimelineEvent } from '../data/schema';
import { formatIsoDate, formatPartialDate } from '../lib/formatDate';
import {
  describeQualifier,
  formatAmount,
  formatValue,
  isApproximate,
  withQualifier,
} from '../lib/formatValue';
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

const valueOptions = (figure: Figure, noun: string | undefined) => ({
  // A count of things names what it counts ("75 cruise missiles"); a range gives both ends.
  ...(noun === undefined ? {} : { noun }),
  ...(figure.valueHigh === undefined ? {} : { high: figure.valueHigh }),
});

/** "estimated $95 billion": the value as written, with its qualifier. */
export const figureValueText = (figure: Figure, noun: string | undefined = figure.measure): string =>
  formatValue(figure.value, figure.unit, figure.qualifier, valueOptions(figure, noun));

/** "$95 billion": the value without its qualifier. */
export const figureAmountText = (figure: Figure, noun: string | undefined = figure.measure): string =>
  formatAmount(figure.value, figure.unit, valueOptions(figure, noun));

/** The regional note of a figure shown because a member of a group it is about is selected. */
export const figureRegional = (figure: Figure, match: Match, naming: NameContext): string | null =>
  regionalNote(
    figure.counterpart === null ? [figure.subject] : [figure.subject, figure.counterpart],
    match,
    naming,
    'figure',
  );

export function describeFigure(figure: Figure, match: Match, naming: NameContext, noun?: string): FigureText {
  const counted = noun ?? figure.measure;
  // Formatted once: every figure in a chart is described on its first draw.
  const amount = figureAmountText(figure, counted);
  return {
    id: figure.id,
    figure,
    value: withQualifier(amount, figure.qualifier),
    amount,
    approximate: isApproximate(figure.qualifier),
    valueHigh: figure.valueHigh ?? null,
    qualifier: describeQualifier(figure.qualifier),
    reporter: figure.reportedBy ?? 'source not stated',
    reporterStated: figure.reportedBy !== null,
    year: figure.year === null ? 'year not stated' : String(figure.year),
    asOf: figure.asOf === null ? null : formatIsoDate(figure.asOf),
    subject: nameOf(naming.names, figure.subject),
    counterpart: figure.counterpart === null ? null : nameOf(naming.names, figure.counterpart),
    regional: figureRegional(figure, match, naming),
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
export const relationshipFacts = (f: Figure) => ({
  id: f.id,
  subject: f.subject,
  counterpart: f.counterpart,
  year: f.year,
  value: f.value,
  valueHigh: f.valueHigh ?? null,
  reportedBy: f.reportedBy,
});
