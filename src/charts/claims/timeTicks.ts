import { utcTicks, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { TYPE } from '../chartType';
import type { MeasureText } from '../textMeasure';

const dayFormat = utcFormat('%-d %b %Y');
const monthFormat = utcFormat('%b %Y');
const yearFormat = utcFormat('%Y');
const shortYearFormat = utcFormat('’%y');

/** Space between two tick labels, in pixels. */
const TICK_GAP = 4;

/**
 * The time axis's ticks. Over two years or more, every new year is ticked, so a decade reads as
 * ten years: labelled '2019' where the years have room, else '19 (a phone's width); where even
 * that does not fit, d3's ticks. Claims are dated to the day, so ticks fall on midnights only and
 * no day is labelled twice; ticks on new years say the year, on months the month, else the day.
 */
export function timeTicks(
  domain: readonly [Date, Date],
  x: (d: Date) => number,
  measure: MeasureText,
): { date: Date; text: string }[] {
  const years = utcYear.range(domain[0], new Date(domain[1].getTime() + 1));
  const perYear = x(new Date(Date.UTC(2001, 0, 1))) - x(new Date(Date.UTC(2000, 0, 1)));
  const fits = (sample: string) => perYear >= measure(sample, TYPE.small) + TICK_GAP;
  if (years.length >= 2 && fits('2000')) return years.map((d) => ({ date: d, text: yearFormat(d) }));
  if (years.length >= 2 && fits('’00')) return years.map((d) => ({ date: d, text: shortYearFormat(d) }));
  const width = x(domain[1]) - x(domain[0]);
  const dates = utcTicks(domain[0], domain[1], Math.max(2, Math.floor(width / 110))).filter(
    (d) => d.getUTCHours() === 0,
  );
  const format = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)
    ? yearFormat
    : dates.every((d) => d.getUTCDate() === 1)
      ? monthFormat
      : dayFormat;
  return dates.map((d) => ({ date: d, text: format(d) }));
}
