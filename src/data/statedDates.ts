import type { StatedNumber } from './numbers.ts';
import { MONTH, MONTHS } from './numberWords.ts';

// The dates a text states, in the forms news pages write them: "06/17/2025", "2025-06-17",
// "13.06.2025", "June 17, 2025", "17 June 2025", "March 2023", "July 9". Part of the number reader.

// Dates are case-sensitive (a month starts with a capital: "may 5" is not a date).
const DATE = new RegExp(
  [
    String.raw`(?<![\w/.])(?<usM>\d{1,2})/(?<usD>\d{1,2})/(?<usY>\d{4})(?![\w/])`,
    String.raw`(?<![\w/.-])(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?![\w-])`,
    String.raw`(?<![\w.,])(?<deD>\d{1,2})\.(?<deM>\d{1,2})\.(?<deY>\d{4})(?![\w]|\.\d)`,
    String.raw`\b(?<mdyM>${MONTH})\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<mdyY>\d{4})(?!\d))?`,
    String.raw`(?<![\w.,])(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmyM>${MONTH})(?:,?\s+(?<dmyY>\d{4})(?!\d))?`,
    String.raw`\b(?<myM>${MONTH}),?\s+(?<myY>\d{4})(?!\d)`,
  ].join('|'),
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: string | undefined, month: number, day: number | null): string | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  const md = day === null ? pad(month) : `${pad(month)}-${pad(day)}`;
  return year === undefined ? `--${md}` : `${year}-${md}`;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

export function findDates(text: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    const year = g.usY ?? g.isoY ?? g.deY ?? g.mdyY ?? g.dmyY ?? g.myY;
    let iso: string | null;
    if (g.usM !== undefined) iso = isoDate(year, Number(g.usM), Number(g.usD));
    else if (g.isoM !== undefined) iso = isoDate(year, Number(g.isoM), Number(g.isoD));
    else if (g.deM !== undefined) iso = isoDate(year, Number(g.deM), Number(g.deD));
    else if (g.mdyM !== undefined) iso = isoDate(year, monthNumber(g.mdyM), Number(g.mdyD));
    else if (g.dmyM !== undefined) iso = isoDate(year, monthNumber(g.dmyM), Number(g.dmyD));
    else iso = isoDate(year, monthNumber(g.myM ?? ''), null);
    if (iso === null) continue;
    const value = year === undefined ? null : Number(year);
    const index = match.index ?? 0;
    found.push({
      kind: 'date',
      value,
      unit: null,
      date: iso,
      text: match[0],
      index,
      range: null,
      atLeast: false,
    });
  }
  return found;
}
