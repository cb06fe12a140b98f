// Rendering for the budget reports: aligned plain-text tables for the terminal, Markdown tables
// for docs/BENCHMARKS.md, and replacing one section of that file without touching the others.

export type Align = 'left' | 'right';

/** Columns padded to their widest cell; `align` per column, left by default. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) =>
        align[col] === 'right' ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const escapePipes = (cell: string) => cell.replace(/\|/g, '\\|');
  const rule = header.map((_, col) => (align[col] === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map((row) => `| ${row.map(escapePipes).join(' | ')} |`).join('\n');
}

/**
 * Replaces the body of the `## heading` section (up to the next `## ` heading) with `body`, or
 * appends the section when the document has none.
 */
export function replaceSection(doc: string, heading: string, body: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  const section = [`## ${heading}`, '', body.trim(), ''];
  if (start < 0) return `${doc.trimEnd()}${doc.trim() === '' ? '' : '\n\n'}${section.join('\n')}`;
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const end = next < 0 ? lines.length : next;
  const after = lines.slice(end);
  return [...lines.slice(0, start), ...section, ...after].join('\n').replace(/\n*$/, '\n');
}
