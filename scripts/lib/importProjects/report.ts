import { formatCount } from '../../../src/lib/formatValue';
import type { ImportResult } from './run';

// What an import says it did (or, in a dry run, would do): counts first, then every skipped row
// with its line, column and reason, then the ids added and updated.

export function formatReport(
  { plan, geometryProblems, written }: ImportResult,
  { csv, out, dryRun }: { csv: string; out: string; dryRun: boolean },
): string {
  const would = dryRun ? 'would be ' : '';
  const bad = plan.skipped.filter((s) => s.bad).length;
  const lines = [
    `import: ${csv}: ${formatCount(plan.rows)} rows`,
    `  ${formatCount(plan.added.length)} ${would}added, ${formatCount(plan.updated.length)} ${would}updated, ${formatCount(plan.unchanged.length)} unchanged`,
    `  ${formatCount(plan.skipped.length)} skipped (${formatCount(bad)} bad rows, ${formatCount(plan.skipped.length - bad)} with no place on the map)`,
    `  ${formatCount(plan.countryLevel.length)} without geometry, placed at country level ("location not stated")`,
  ];
  for (const s of plan.skipped)
    lines.push(
      `skipped  line ${s.line}${s.column === null ? '' : `, column "${s.column}"`}${s.record === null ? '' : ` (record ${s.record})`}: ${s.reason}`,
    );
  for (const p of geometryProblems) lines.push(`geometry ${p}`);
  for (const id of plan.added) lines.push(`${dryRun ? 'would add' : 'added'}  ${id}`);
  for (const id of plan.updated) lines.push(`${dryRun ? 'would update' : 'updated'}  ${id}`);
  lines.push(
    dryRun
      ? 'Dry run: nothing was written.'
      : written
        ? `Wrote ${out}/projects.geojson.`
        : `Nothing to change in ${out}/projects.geojson.`,
  );
  return `${lines.join('\n')}\n`;
}
