import { INK, PAPER, SPAN, VERMILLION } from '../palette';

/** How to read the marks: a key is needed because precision is encoded by shape. */
export function TimelineKey() {
  return (
    <ul className="chart-key">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill={INK} />
        </svg>
        A day
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <rect x="1" y="3" width="26" height="8" rx="2" fill={SPAN} />
        </svg>
        A month or year: the date is known only that precisely
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle
            cx="8"
            cy="8"
            r="6"
            fill={PAPER}
            stroke={VERMILLION}
            strokeWidth="2"
            strokeDasharray="2.5 2"
          />
        </svg>
        Scheduled, still ahead when reported
      </li>
    </ul>
  );
}
