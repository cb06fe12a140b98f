// Dates as a reader says them, in UTC so a date never shifts with the reader's time zone.

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type DatePrecision = 'day' | 'month' | 'year';

/** "2025-06-17" → "17 June 2025"; "2025-06" → "June 2025"; "1991" → "1991". */
export function formatPartialDate(date: string, precision: DatePrecision): string {
  const [year = '', month = '', day = ''] = date.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1];
  if (precision === 'year' || monthName === undefined) return year;
  if (precision === 'month' || day === '') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** An ISO yyyy-mm-dd date in words: "17 June 2025". */
export function formatIsoDate(iso: string): string {
  return formatPartialDate(iso, 'day');
}

/** An ISO yyyy-mm-dd date with the month cut to three letters, for tight labels: "17 Jun 2025". */
export function formatIsoDateShort(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1];
  if (monthName === undefined || day === '') return formatIsoDate(iso);
  return `${Number(day)} ${monthName.slice(0, 3)} ${year}`;
}
