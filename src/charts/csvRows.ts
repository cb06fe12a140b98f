import type { CsvRow } from '../lib/downloadFile';
import type { EventText, FigureText } from './describeRecord';

// Every CSV carries each value with its source sentence, and says whether a number was
// reported or computed (and how).

export const FIGURE_COLUMNS = [
  'id',
  'figure',
  'value',
  'unit',
  'as_written',
  'qualifier',
  'year',
  'as_of',
  'reported_by',
  'subject',
  'counterpart',
  'scope',
  'note',
  'number',
  'formula',
  'article',
  'article_title',
  'quote',
] as const;

export function figureCsvRow(t: FigureText): CsvRow {
  const f = t.figure;
  return {
    id: f.id,
    figure: f.label,
    value: f.value,
    unit: f.unit,
    as_written: t.value,
    qualifier: f.qualifier,
    // Said in words, as in the bars and the table: an empty cell reads as a figure lost.
    year: f.year ?? 'year not stated',
    as_of: f.asOf,
    reported_by: f.reportedBy ?? 'not stated',
    subject: t.subject,
    counterpart: t.counterpart,
    scope: t.regional,
    note: f.note,
    number: 'reported',
    formula: null,
    article: f.source.article,
    article_title: t.articleTitle,
    quote: f.source.quote,
  };
}

export interface ComputedValue {
  id: string;
  label: string;
  value: number;
  unit: string;
  asWritten: string;
  formula: string;
}

export function computedCsvRow(c: ComputedValue): CsvRow {
  return {
    id: c.id,
    figure: c.label,
    value: c.value,
    unit: c.unit,
    as_written: c.asWritten,
    number: 'computed',
    formula: c.formula,
  };
}

export const EVENT_COLUMNS = [
  'id',
  'date',
  'precision',
  'event',
  'scheduled',
  'countries',
  'scope',
  'date_note',
  'article',
  'article_title',
  'quote',
] as const;

export function eventCsvRow(t: EventText): CsvRow {
  const e = t.event;
  return {
    id: e.id,
    date: e.date,
    precision: e.precision,
    event: e.label,
    scheduled: e.scheduled ? 'yes' : 'no',
    countries: e.countries.join(' '),
    scope: t.regional,
    date_note: e.dateNote,
    article: e.source.article,
    article_title: t.articleTitle,
    quote: e.source.quote,
  };
}
