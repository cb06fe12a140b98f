import type { Candidate } from '../../../scripts/lib/extractCandidates';

interface Props {
  candidates: readonly Candidate[];
  selected: number | null;
  onPick: (candidate: Candidate) => void;
}

const capturedBy = (c: Candidate): string | null =>
  c.figureId !== null
    ? `captured by ${c.figureId}`
    : c.eventId !== null
      ? `captured by event ${c.eventId}`
      : null;

/** Every number extract found in the article; picking one opens a form prefilled from it. */
export function CandidateList({ candidates, selected, onPick }: Props) {
  if (candidates.length === 0) return <p>Extract finds no numbers or dates in this article.</p>;
  return (
    <ul className="wb-candidates" aria-label="Numbers and dates in this article">
      {candidates.map((c) => {
        const captured = capturedBy(c);
        return (
          <li key={c.offset} className={captured ? 'wb-candidate wb-candidate--captured' : 'wb-candidate'}>
            <button type="button" aria-pressed={selected === c.offset} onClick={() => onPick(c)}>
              <span className="wb-candidate-text">{c.text}</span>{' '}
              <span className="wb-candidate-kind">{c.kind}</span>{' '}
              <span className="wb-candidate-state">{captured ?? 'not captured'}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
