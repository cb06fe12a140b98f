/** How many records of one kind were left out for a problem, with the words for one and many. */
export interface LeftOutCount {
  count: number;
  singular: string;
  plural: string;
}

/** Where the page lists every problem; the note links there. */
export const PROBLEMS_ID = 'data-problems';

/**
 * Said in a panel that shows less than its files hold because records were left out: "1 figure
 * left out: see problems". Renders nothing when nothing was left out.
 */
export function LeftOutNote({ items }: { items: readonly LeftOutCount[] }) {
  const shown = items.filter((item) => item.count > 0);
  if (shown.length === 0) return null;
  const what = shown.map((i) => `${i.count} ${i.count === 1 ? i.singular : i.plural}`).join(', ');
  return (
    <p className="left-out-note" role="note">
      {what} left out: <a href={`#${PROBLEMS_ID}`}>see problems</a>
    </p>
  );
}
