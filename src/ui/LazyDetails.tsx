import { type ReactNode, useState } from 'react';

/**
 * A disclosure whose content is built only while it is open. A closed `<details>` hides its
 * content from every reader and from print anyway; building it only on demand keeps long tables
 * and lists (a chart's data table, its hundreds of source titles) out of every re-render.
 */
export function LazyDetails({
  className,
  summary,
  children,
}: {
  className: string;
  summary: ReactNode;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
