import { formatCount, type ValueQualifier } from '../../lib/formatValue';
import type { Highlight } from '../spec';

// Past three figures, a list of names ("China's, China's, China's and China's for 2024") says
// nothing. The note counts instead, and each count picks out the figures it counts.

export interface SummarisedFigure {
  id: string;
  year: number | null;
  qualifier: ValueQualifier;
  reportedBy: string | null;
  /** True for a figure covering only part of its year (a quarter, January–June). */
  partYear?: boolean;
}

/** Notes list names up to this many figures; past it they count. */
export const LIST_UP_TO = 3;

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * "6 figures for 2024, 1 for 2023, 2 with no year; 3 reporters; 2 approximate": the parts, each
 * with the ids it counts, and the sentence they make. No parts when the figures are alike.
 */
export function summariseFigures(items: readonly SummarisedFigure[]): {
  sentence: string | null;
  parts: Highlight[];
} {
  const groups: Highlight[][] = [];

  const years = new Map<number, string[]>();
  const undated: string[] = [];
  for (const f of items) {
    if (f.year === null) undated.push(f.id);
    else years.set(f.year, [...(years.get(f.year) ?? []), f.id]);
  }
  const yearParts = [...years]
    .sort((a, b) => b[1].length - a[1].length || b[0] - a[0])
    .map(([year, ids], i) => ({
      text:
        i === 0
          ? `${plural(ids.length, 'figure', 'figures')} for ${year}`
          : `${formatCount(ids.length)} for ${year}`,
      ids,
    }));
  if (undated.length > 0)
    yearParts.push({ text: `${formatCount(undated.length)} with no year`, ids: undated });
  const partYear = items.filter((f) => f.partYear === true).map((f) => f.id);
  // A part-year figure beside full-year ones is never like for like: always said, and counted.
  if (partYear.length > 0)
    yearParts.push({ text: `${formatCount(partYear.length)} for part of a year`, ids: partYear });
  if (yearParts.length > 1 || partYear.length > 0) groups.push(yearParts);

  const reporters = new Map<string, string[]>();
  const unattributed: string[] = [];
  for (const f of items) {
    if (f.reportedBy === null) unattributed.push(f.id);
    else {
      const key = f.reportedBy.toLowerCase();
      reporters.set(key, [...(reporters.get(key) ?? []), f.id]);
    }
  }
  const sourceParts: Highlight[] = [];
  if (reporters.size > 1)
    sourceParts.push({
      text: plural(reporters.size, 'reporter', 'reporters'),
      ids: [...reporters.values()].flat(),
    });
  if (unattributed.length > 0)
    sourceParts.push({ text: `${formatCount(unattributed.length)} unattributed`, ids: unattributed });
  if (sourceParts.length > 0) groups.push(sourceParts);

  const approximate = items
    .filter((f) => f.qualifier === 'around' || f.qualifier === 'estimated')
    .map((f) => f.id);
  const floors = items.filter((f) => f.qualifier === 'more than').map((f) => f.id);
  const hedgeParts: Highlight[] = [];
  if (approximate.length > 0)
    hedgeParts.push({ text: `${formatCount(approximate.length)} approximate`, ids: approximate });
  if (floors.length > 0)
    hedgeParts.push({ text: plural(floors.length, 'lower bound', 'lower bounds'), ids: floors });
  if (hedgeParts.length > 0) groups.push(hedgeParts);

  if (groups.length === 0) return { sentence: null, parts: [] };
  const sentence = `${groups.map((g) => g.map((p) => p.text).join(', ')).join('; ')}.`;
  return { sentence: sentence.charAt(0).toUpperCase() + sentence.slice(1), parts: groups.flat() };
}
