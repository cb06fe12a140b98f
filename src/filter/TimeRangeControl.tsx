import { useId } from 'react';
import { MONTH_NAMES } from '../lib/formatDate';
import { type RangeChoices, selectRangeChoices } from '../state/rangeChoices';
import { useAppStore } from '../state/store';
import { isRangeSet } from '../state/timeRange';
import '../ui/controlRow.css';

const pad = (month: number): string => String(month).padStart(2, '0');

const END_WORDS = {
  from: { label: 'From', none: 'The earliest', month: 'Starting month', wholeYear: 'Start of the year' },
  to: { label: 'To', none: 'The latest', month: 'Ending month', wholeYear: 'End of the year' },
} as const;

/** `list` with `value` in its place, when a link names one the data lacks: the control shows what is set. */
const withValue = (list: readonly number[], value: number | null): number[] =>
  value === null || list.includes(value) ? [...list] : [...list, value].sort((a, b) => a - b);

/** A month of the chosen year, or the whole year; disabled when the data dates nothing to a month in it. */
function MonthSelect({
  label,
  wholeYear,
  months,
  month,
  onChange,
}: {
  label: string;
  wholeYear: string;
  months: readonly number[];
  month: number | null;
  onChange: (month: number | null) => void;
}) {
  return (
    <select
      aria-label={label}
      value={month === null ? '' : pad(month)}
      disabled={months.length === 0}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{wholeYear}</option>
      {months.map((m) => (
        <option key={m} value={pad(m)}>
          {MONTH_NAMES[m - 1]}
        </option>
      ))}
    </select>
  );
}

/**
 * One end of the range: a year, then, once a year is chosen, a month of it. The months offered are
 * those the data has in that year. Two short lists rather than one of every month in a decade
 * (about 130 options per end, each a form field the browser reads and styles on every load).
 */
function RangeEnd({
  end,
  value,
  choices,
  onChange,
}: {
  end: 'from' | 'to';
  value: string | null;
  choices: RangeChoices;
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  const words = END_WORDS[end];
  const year = value === null ? null : Number(value.slice(0, 4));
  const month = value !== null && value.length >= 7 ? Number(value.slice(5, 7)) : null;
  const monthsOf = (y: number) => choices.months.get(y) ?? [];
  // A new year keeps the month picked, where the data has that month in it.
  const pickYear = (text: string) => {
    if (text === '') return onChange(null);
    const keep = month !== null && monthsOf(Number(text)).includes(month);
    onChange(keep ? `${text}-${pad(month)}` : text);
  };
  return (
    <span className="range-end">
      <label htmlFor={id}>{words.label}</label>
      <select id={id} value={year ?? ''} onChange={(e) => pickYear(e.target.value)}>
        <option value="">{words.none}</option>
        {withValue(choices.years, year).map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
      {year !== null && (
        <MonthSelect
          label={words.month}
          wholeYear={words.wholeYear}
          months={withValue(monthsOf(year), month)}
          month={month}
          onChange={(m) => onChange(m === null ? String(year) : `${year}-${pad(m)}`)}
        />
      )}
    </span>
  );
}

/**
 * The time range: a labelled From and To, each a year and, where the data has them, a month.
 * Native selects, so a phone shows its own picker. Every view reads the range from the store.
 */
export function TimeRangeControl() {
  const range = useAppStore((s) => s.range);
  const setRange = useAppStore((s) => s.setRange);
  const choices = useAppStore(selectRangeChoices);
  if (choices.years.length === 0) return null;
  return (
    <fieldset className="control-row">
      <legend>Time range</legend>
      <RangeEnd
        end="from"
        value={range.from}
        choices={choices}
        onChange={(from) => setRange({ from, to: range.to })}
      />
      <RangeEnd
        end="to"
        value={range.to}
        choices={choices}
        onChange={(to) => setRange({ from: range.from, to })}
      />
      {isRangeSet(range) && (
        <button type="button" onClick={() => setRange({ from: null, to: null })}>
          All dates
        </button>
      )}
    </fieldset>
  );
}
