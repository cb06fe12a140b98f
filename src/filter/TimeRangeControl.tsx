import { useId } from 'react';
import { MONTH_NAMES } from '../lib/formatDate';
import { type RangeChoices, selectRangeChoices } from '../state/rangeChoices';
import { useAppStore } from '../state/store';
import { isRangeSet } from '../state/timeRange';
import '../ui/controlRow.css';

const pad = (month: number): string => String(month).padStart(2, '0');

/** Options for one end: each year, then the months the data has in it. */
function Choices({ choices, end }: { choices: RangeChoices; end: 'from' | 'to' }) {
  return choices.years.map((year) => (
    <optgroup key={year} label={String(year)}>
      <option value={String(year)}>{end === 'from' ? `Start of ${year}` : `End of ${year}`}</option>
      {(choices.months.get(year) ?? []).map((m) => (
        <option key={m} value={`${year}-${pad(m)}`}>
          {MONTH_NAMES[m - 1]} {year}
        </option>
      ))}
    </optgroup>
  ));
}

/**
 * The time range: a labelled From and To, each a year or a month the data has. Native selects,
 * so a phone shows its own picker. Every view reads the range from the store.
 */
export function TimeRangeControl() {
  const id = useId();
  const range = useAppStore((s) => s.range);
  const setRange = useAppStore((s) => s.setRange);
  const choices = useAppStore(selectRangeChoices);
  if (choices.years.length === 0) return null;
  const set = isRangeSet(range);
  return (
    <fieldset className="control-row">
      <legend>Time range</legend>
      <label htmlFor={`${id}-from`}>From</label>
      <select
        id={`${id}-from`}
        value={range.from ?? ''}
        onChange={(e) => setRange({ from: e.target.value === '' ? null : e.target.value, to: range.to })}
      >
        <option value="">The earliest</option>
        <Choices choices={choices} end="from" />
      </select>
      <label htmlFor={`${id}-to`}>To</label>
      <select
        id={`${id}-to`}
        value={range.to ?? ''}
        onChange={(e) => setRange({ from: range.from, to: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">The latest</option>
        <Choices choices={choices} end="to" />
      </select>
      {set && (
        <button type="button" onClick={() => setRange({ from: null, to: null })}>
          All dates
        </button>
      )}
    </fieldset>
  );
}
