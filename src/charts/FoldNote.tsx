import { formatCount } from '../lib/formatValue';
import type { Fold } from './spec';

/**
 * Says how many groups a long chart drew of how many, with one action to draw them all (and to
 * go back), so a large data set gives a short page that says what it left out.
 */
export function FoldNote({
  fold,
  showAll,
  onToggle,
}: {
  fold: Fold;
  showAll: boolean;
  onToggle: () => void;
}) {
  return (
    <p className="chart-fold">
      {showAll
        ? `All ${formatCount(fold.total)} ${fold.noun} drawn.`
        : `The ${fold.which ?? 'first'} ${formatCount(fold.shown)} of ${formatCount(fold.total)} ${fold.noun} drawn.`}{' '}
      <button type="button" aria-expanded={showAll} onClick={onToggle}>
        {showAll ? 'Show fewer' : `Show all ${formatCount(fold.total)}`}
      </button>
    </p>
  );
}
