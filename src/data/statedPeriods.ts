import { MONTH_NAMES } from '../lib/formatDate.ts';
import { MONTH, MONTHS, NUMBER_WORDS, wordValue } from './numberWords.ts';
import type { Period } from './schema.ts';

// The parts of a year a text states: "in the first quarter (of 2024)", "Q3 2024", "in H1",
// "the first half", "the first eight months of 2024", "January–September 2024", "from January to
// June", "between October 2023 and March 2024", "in March 2024". Shared by the validator (does the
// quote state the figure's period?) and extract (the period a number covers). Linear: one regex.

export interface StatedPeriod {
  text: string;
  index: number;
  /** 1–12, inclusive. */
  startMonth: number;
  endMonth: number;
  /** The year written with the period ("of 2024", "H1 2024"); null when the text gives none. */
  year: number | null;
  /** A range that starts in the year before its end ("from October 2023 to March 2024"). */
  startsYearBefore: boolean;
}

const ORDINAL = String.raw`(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)`;
const YEAR_OF = (name: string) => String.raw`(?:\s+of\s+(?<${name}>\d{4})|\s+(?<${name}x>\d{4})(?!\d))?`;
const COUNT = `(?<count>${NUMBER_WORDS.slice(2, 12).join('|')}|\\d{1,2})`;
const PERIOD = new RegExp(
  [
    String.raw`\b${ORDINAL}\s+quarter${YEAR_OF('qy')}`,
    String.raw`\bQ(?<q>[1-4])(?:[\s/-]?(?<qy2>\d{4})(?!\d))?\b`,
    String.raw`\b(?<half>first|second)\s+half${YEAR_OF('hy')}`,
    String.raw`\bH(?<h>[12])(?:[\s/-]?(?<hy2>\d{4})(?!\d))?\b`,
    String.raw`\bfirst\s+${COUNT}\s+months${YEAR_OF('my')}`,
    String.raw`(?<opener>\b(?:from|between|in)\s+)?\b(?<m1>${MONTH})(?:\s+(?<y1>\d{4}))?\s*(?<sep>[-–—]|\s(?:to|through|and)\s)\s*(?<m2>${MONTH})(?:,?\s+(?<y2>\d{4})(?!\d))?`,
    String.raw`\bin\s+(?<only>${MONTH})(?:\s+(?<oy>\d{4})(?!\d))?(?!\s*\d)`,
  ].join('|'),
  'gi',
);

const monthOf = (name: string): number =>
  MONTHS.indexOf(name.slice(0, 3).replace(/^./, (c) => c.toUpperCase())) + 1;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const isMonthName = (name: string | undefined) => name !== undefined && /^[A-Z]/.test(name);

export function findPeriods(text: string): StatedPeriod[] {
  const found: StatedPeriod[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const g = m.groups ?? {};
    const yearText = g.qy ?? g.qyx ?? g.qy2 ?? g.hy ?? g.hyx ?? g.hy2 ?? g.my ?? g.myx ?? g.y2 ?? g.oy;
    let year = yearText === undefined ? null : Number(yearText);
    let span: [number, number] | null = null;
    let before = false;
    if (g.ord !== undefined || g.q !== undefined) {
      const q = g.q !== undefined ? Number(g.q) : (ORDINALS[g.ord?.toLowerCase() ?? ''] ?? 1);
      span = [q * 3 - 2, q * 3];
    } else if (g.half !== undefined || g.h !== undefined) {
      const second = g.h === '2' || g.half?.toLowerCase() === 'second';
      span = second ? [7, 12] : [1, 6];
    } else if (g.count !== undefined) {
      const n = /\d/.test(g.count) ? Number(g.count) : wordValue(g.count);
      if (n >= 2 && n <= 11) span = [1, n];
    } else if (g.m1 !== undefined && g.m2 !== undefined) {
      // Months are capitalised; "and" joins a range only after "between".
      const joined = g.sep?.trim().toLowerCase() === 'and' ? /between/i.test(g.opener ?? '') : true;
      if (isMonthName(g.m1) && isMonthName(g.m2) && joined) {
        span = [monthOf(g.m1), monthOf(g.m2)];
        const y1 = g.y1 === undefined ? null : Number(g.y1);
        before = (y1 !== null && year !== null && y1 === year - 1) || (y1 === null && span[0] > span[1]);
        if (year === null && y1 !== null) year = span[0] > span[1] ? y1 + 1 : y1;
        if (span[0] === span[1] && !before) span = null;
      }
    } else if (isMonthName(g.only)) {
      const month = monthOf(g.only as string);
      span = [month, month];
    }
    if (span === null || span[0] < 1 || span[1] < 1) continue;
    if (!before && span[0] > span[1]) continue;
    found.push({
      text: m[0],
      index: m.index,
      startMonth: span[0],
      endMonth: span[1],
      year,
      startsYearBefore: before,
    });
  }
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The months a stated period covers in `year` (the year its end falls in). */
export const periodIn = (p: StatedPeriod, year: number): Period => ({
  start: `${p.startsYearBefore ? year - 1 : year}-${pad(p.startMonth)}`,
  end: `${year}-${pad(p.endMonth)}`,
});

/** Whether a stated period can be `period`: the same months, and the same year when it gives one. */
export function statesPeriod(p: StatedPeriod, period: Period): boolean {
  const year = Number(period.end.slice(0, 4));
  const want = periodIn(p, year);
  return want.start === period.start && want.end === period.end && (p.year === null || p.year === year);
}

/** "January–March 2024", "January 2024", "October 2023–March 2024": a period for people. */
export function describePeriod(period: Period): string {
  const name = (ym: string) => MONTH_NAMES[Number(ym.slice(5)) - 1] ?? ym;
  const [sy, ey] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  if (period.start === period.end) return `${name(period.start)} ${sy}`;
  return sy === ey
    ? `${name(period.start)}–${name(period.end)} ${ey}`
    : `${name(period.start)} ${sy}–${name(period.end)} ${ey}`;
}
