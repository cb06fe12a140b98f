import { useShallow } from 'zustand/react/shallow';
import type { Problem } from '../data/problem';
import { formatCount } from '../lib/formatValue';
import { selectFileStatus, selectRecords } from '../state/records';
import { useAppStore } from '../state/store';
import { PROBLEMS_ID } from '../ui/LeftOutNote';
import { ProblemList } from '../ui/ProblemList';

const ITEMS = [
  ['articles', 'articles'],
  ['figures', 'figures'],
  ['projects', 'projects'],
  ['places', 'places'],
  ['events', 'events'],
] as const;

function useCount(key: (typeof ITEMS)[number][0]): number | 'loading' | 'error' {
  return useAppStore((s) => {
    const status = selectFileStatus(s, key);
    return status === 'ready' ? selectRecords(s, key).length : status;
  });
}

function Count({ item, label }: { item: (typeof ITEMS)[number][0]; label: string }) {
  const count = useCount(item);
  const text = count === 'loading' ? '…' : count === 'error' ? 'error' : formatCount(count);
  return (
    <div className="count">
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

/** Every problem of every file that failed to load: the panels that need it say so as well. */
function useFileProblems(): Problem[] {
  return useAppStore(
    useShallow((s) => Object.values(s.files).flatMap((f) => (f.status === 'error' ? f.problems : []))),
  );
}

/** What is loaded, with counts, and any problem the validator would report. */
export function DataSummary() {
  const fileProblems = useFileProblems();
  const problems = useAppStore((s) => s.datasetProblems);
  const errors = problems.filter((p) => p.level === 'error');
  return (
    <section className="data-summary" aria-label="Loaded data">
      <dl className="counts">
        {ITEMS.map(([item, label]) => (
          <Count key={item} item={item} label={label} />
        ))}
      </dl>
      {fileProblems.length > 0 && (
        <ProblemList
          title="Some data could not be loaded; the parts that need it say so."
          problems={fileProblems}
        />
      )}
      {errors.length > 0 && (
        <ProblemList
          id={PROBLEMS_ID}
          title="Records with these problems were left out; everything else shows."
          problems={errors}
        />
      )}
    </section>
  );
}
