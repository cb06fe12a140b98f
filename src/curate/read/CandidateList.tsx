import type { Pick } from '../drafts';

interface Props {
  picks: readonly Pick[];
  selected: number | null;
  onPick: (pick: Pick) => void;
}

/** Every number and date extract found in the article; picking one opens a form prefilled from it. */
export function CandidateList({ picks, selected, onPick }: Props) {
  if (picks.length === 0) return <p>Extract finds no numbers or dates in this article.</p>;
  return (
    <ul className="wb-candidates" aria-label="Numbers and dates in this article">
      {picks.map((p) => (
        <li
          key={`${p.kind}:${p.offset}`}
          className={p.capturedBy ? 'wb-candidate wb-candidate--captured' : 'wb-candidate'}
        >
          <button type="button" aria-pressed={selected === p.offset} onClick={() => onPick(p)}>
            <span className="wb-candidate-text">{p.text}</span>{' '}
            <span className="wb-candidate-kind">{p.kind}</span>{' '}
            <span className="wb-candidate-state">
              {p.capturedBy === null ? 'not captured' : `captured by ${p.capturedBy}`}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
