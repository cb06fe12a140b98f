import type { Article, Figure, ProjectFeature, TimelineEvent } from '../data/schema';
import { memoLast } from '../lib/memo';

// The time range every view is narrowed by. Both ends are inclusive and given as 'YYYY' or
// 'YYYY-MM'; null leaves that side open. A record is 'in' when the months it covers overlap the
// range, at the record's own precision: a figure for 2016 or an event dated only "2016" touches
// every month of 2016, so a range from 2016-11 keeps it. Records that state no date are
// 'undated': every view keeps them and counts them as "date not stated".

export interface TimeRange {
  from: string | null;
  to: string | null;
}
export type RangeMatch = 'in' | 'out' | 'undated';

export const ALL_TIME: TimeRange = { from: null, to: null };

/** Months covered by a figure (branch `extract` adds `period` to the schema). */
export interface FigurePeriod {
  start: string;
  end: string;
}
type DatedFigure = Pick<Figure, 'year' | 'asOf'> & { period?: FigurePeriod | undefined };

const RANGE_VALUE = /^(?:(?:18|19|20)\d{2}|2100)(?:-(?:0[1-9]|1[0-2]))?$/;

/** True for a well-formed end of a range: 'YYYY' or 'YYYY-MM', years 1800 to 2100. */
export const isRangeValue = (text: string): boolean => RANGE_VALUE.test(text);

/** Months since year 0 of a 'YYYY-MM…' string; a bare year is its first or last month. */
function monthOf(text: string, end: 'start' | 'end'): number {
  const year = Number(text.slice(0, 4));
  if (text.length < 7) return year * 12 + (end === 'start' ? 0 : 11);
  return year * 12 + Number(text.slice(5, 7)) - 1;
}

/** 'YYYY-MM' of months since year 0. */
const monthText = (month: number): string =>
  `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/**
 * A range with its ends in order: a reversed range is read as the same months the other way round.
 * A bare year keeps the month it stood for ("to 2024" is December 2024, which becomes the start).
 */
export function orderedRange(range: TimeRange): TimeRange {
  const { from, to } = range;
  if (from === null || to === null) return range;
  const [start, end] = [monthOf(from, 'start'), monthOf(to, 'end')];
  return start > end ? { from: monthText(end), to: monthText(start) } : range;
}

interface Bounds {
  lo: number;
  hi: number;
}
const boundsOf = memoLast((from: string | null, to: string | null): Bounds | null => {
  if (from === null && to === null) return null;
  const ordered = orderedRange({ from, to });
  return {
    lo: ordered.from === null ? Number.NEGATIVE_INFINITY : monthOf(ordered.from, 'start'),
    hi: ordered.to === null ? Number.POSITIVE_INFINITY : monthOf(ordered.to, 'end'),
  };
});

/** True when the range narrows anything: at least one end is set. */
export const isRangeSet = (range: TimeRange): boolean => range.from !== null || range.to !== null;

/** Whether the months [start, end] overlap the range. */
function span(start: number, end: number, range: TimeRange): RangeMatch {
  const bounds = boundsOf(range.from, range.to);
  if (bounds === null) return 'in';
  return end >= bounds.lo && start <= bounds.hi ? 'in' : 'out';
}

/** A figure by its `period` when it has one, else its `year`, else its `asOf` date. */
export function figureInRange(figure: DatedFigure, range: TimeRange): RangeMatch {
  const { period, year, asOf } = figure;
  if (period !== undefined) return span(monthOf(period.start, 'start'), monthOf(period.end, 'end'), range);
  if (year !== null) return span(year * 12, year * 12 + 11, range);
  if (asOf !== null) return span(monthOf(asOf, 'start'), monthOf(asOf, 'end'), range);
  return 'undated';
}

/** An event by its date at its precision: a year-precision event covers the whole year. */
export function eventInRange(event: Pick<TimelineEvent, 'date' | 'precision'>, range: TimeRange): RangeMatch {
  const date = event.precision === 'year' ? event.date.slice(0, 4) : event.date;
  return span(monthOf(date, 'start'), monthOf(date, 'end'), range);
}

/** An article by its `published` date; an article whose page states none is undated. */
export function articleInRange(article: Pick<Article, 'published'>, range: TimeRange): RangeMatch {
  if (article.published === null) return 'undated';
  return span(monthOf(article.published, 'start'), monthOf(article.published, 'end'), range);
}

/**
 * A project by its dates: from the earliest it states (announced, started, completed or expected)
 * to its completion, or open-ended while no completion is stated (still being built, or running).
 * A project that states no date is undated: kept, and counted as "dates not stated".
 */
export function projectInRange(project: ProjectFeature, range: TimeRange): RangeMatch {
  const dates = project.properties.dates;
  if (dates === undefined) return 'undated';
  const stated = [dates.announced, dates.started, dates.completed, dates.expected].flatMap((d) =>
    d === undefined ? [] : [d.precision === 'year' ? d.date.slice(0, 4) : d.date],
  );
  if (stated.length === 0) return 'undated';
  const start = Math.min(...stated.map((d) => monthOf(d, 'start')));
  const done = dates.completed;
  const end = done === undefined ? Number.POSITIVE_INFINITY : monthOf(done.date, 'end');
  return span(start, Math.max(start, end), range);
}
