import { MONTH_NAMES } from '../../src/lib/formatDate';

// Dates as whole days since 1970-01-01 (UTC), so arithmetic is plain integer maths and the
// output never depends on the machine's time zone.

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** yyyy-mm-dd */
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

const parts = (day: number) => {
  const date = new Date(day * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: MONTH_NAMES[date.getUTCMonth()] ?? '',
    date: date.getUTCDate(),
  };
};

/** "June 13, 2025" */
export function longDate(day: number): string {
  const { year, month, date } = parts(day);
  return `${month} ${date}, ${year}`;
}

/** "June 2025" */
export function monthYear(day: number): string {
  const { year, month } = parts(day);
  return `${month} ${year}`;
}

/** "06/13/2025", the way some pages print their date. */
export function slashDate(day: number): string {
  const [year, month, date] = isoOf(day).split('-');
  return `${month}/${date}/${year}`;
}

export const weekdayOf = (day: number): string => WEEKDAYS[new Date(day * DAY_MS).getUTCDay()] ?? '';
