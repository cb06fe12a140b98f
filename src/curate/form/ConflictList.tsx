import type { Conflict } from './mergeValues';

interface Props {
  conflicts: readonly Conflict[];
  labelOf: (field: string) => string;
  onResolve: (field: string, take: 'mine' | 'theirs') => void;
}

/** Fields changed both in this form and in the file since it opened: the curator chooses each. */
export function ConflictList({ conflicts, labelOf, onResolve }: Props) {
  if (conflicts.length === 0) return null;
  return (
    <section className="wb-error" aria-labelledby="wb-conflicts-heading">
      <h4 id="wb-conflicts-heading">Changed here and elsewhere: choose a value for each</h4>
      <ul className="wb-conflicts">
        {conflicts.map((c) => (
          <li key={c.field}>
            <p>
              <strong>{labelOf(c.field)}</strong>: yours “{c.mine || '(empty)'}”, the file’s now “
              {c.theirs || '(empty)'}”
            </p>
            <button type="button" onClick={() => onResolve(c.field, 'mine')}>
              Keep mine<span className="visually-hidden"> for {labelOf(c.field)}</span>
            </button>{' '}
            <button type="button" onClick={() => onResolve(c.field, 'theirs')}>
              Take the file’s<span className="visually-hidden"> for {labelOf(c.field)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
