import { useId } from 'react';
import { useAppStore } from '../../state/store';
import type { TradeView } from './tradeView';

/**
 * Which year the trade chart shows: each relationship's latest (the default) or one year.
 * Native radio buttons, so arrow keys move between years; the choice goes into the link.
 */
export function YearControl({ layout }: { layout: TradeView }) {
  const name = useId();
  const setTradeYear = useAppStore((s) => s.setTradeYear);
  if (layout.years.length < 2) return null;
  const options: { value: number | null; label: string }[] = [
    { value: null, label: 'Latest for each' },
    ...layout.years.map((y) => ({ value: y, label: String(y) })),
  ];
  const current = layout.choice === 'latest' ? null : layout.choice;
  return (
    <fieldset className="chart-years">
      <legend>Year</legend>
      {options.map((o) => (
        <label key={o.label} className="chart-year">
          <input
            type="radio"
            name={name}
            checked={current === o.value}
            onChange={() => setTradeYear(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
