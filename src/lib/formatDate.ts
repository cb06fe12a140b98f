import { utcFormat } from 'd3-time-format';

// Dates as a reader says them, in UTC so a date never shifts with the reader's time zone.
// d3-time-format's built-in English locale names the months: no Intl call, so no ICU data loads.

const dayMonthYear = utcFormat('%-d %B %Y');
const monthYear = utcFormat('%B %Y');
const dayShortMonthYear = utcFormat('%-d %b %Y');

/** Month names, January first. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, m) =>
  utcFormat('%B')(new Date(Date.UTC(2000, m, 1))),
);

export type DatePrecision = 'day' | 'month' | 'year';

/** The UTC date of "yyyy-mm[-dd]" parts, or null when the month or day does not exist. */
function utcDate(year: string, month: string, day: string): Date | null {
  const [y, m, d] = [Number(year), Number(month), day === '' ? 1 : Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls month 13 or day 32 over into the next year or month: refuse those.
  const exists = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return exists && year.length === 4 ? date : null;
}

/** "2025-06-17" → "17 June 2025"; "2025-06" → "June 2025"; "1991" → "1991". */
export function formatPartialDate(date: string, precision: DatePrecision): string {
  const [year = '', month = '', day = ''] = date.split('-');
  const parsed = precision === 'year' ? null : utcDate(year, month, day);
  if (parsed === null) return year;
  return precision === 'month' || day === '' ? monthYear(parsed) : dayMonthYear(parsed);
}

/** An ISO yyyy-mm-dd date in words: "17 June 2025". */
export function formatIsoDate(iso: string): string {
  return formatPartialDate(iso, 'day');
}

/** An ISO yyyy-mm-dd date with the month cut to three letters, for tight labels: "17 Jun 2025". */
export function formatIsoDateShort(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  const parsed = day === '' ? null : utcDate(year, month, day);
  return parsed === null ? formatIsoDate(iso) : dayShortMonthYear(parsed);
}
