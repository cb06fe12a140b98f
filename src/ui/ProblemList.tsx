import { formatProblem, type Problem } from '../data/problem';

interface ProblemListProps {
  title: string;
  id?: string;
  problems: readonly Problem[];
}

/** The error panel: says which file is broken and how, in place of the part it affects. */
export function ProblemList({ title, id, problems }: ProblemListProps) {
  const shown = problems.slice(0, 20);
  return (
    <div className="problem-panel" role="alert" id={id}>
      <p className="problem-title">{title}</p>
      <ul>
        {shown.map((p, i) => (
          // Problems have no id of their own; their text and position identify them.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for a given load
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
      {problems.length > shown.length && <p>…and {problems.length - shown.length} more.</p>}
    </div>
  );
}
