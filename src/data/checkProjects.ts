import { isArticleSource } from './projectSource.ts';
import {
  FIGURE_KINDS_BY_FAMILY,
  type Figure,
  PROJECT_DATE_KEYS,
  type ProjectProps,
  type ProjectSource,
} from './schema.ts';

// The checks for what a project holds beyond where it is: financiers, dates, costs, and the
// figures that name it. Called from checkDataset, which owns the reporting and the article text.

type Report = (field: string, message: string) => void;
/** Checks an article source's sentence; `field` names where the source sits ("dates.started.source"). */
type CheckSource = (field: string, source: ProjectSource) => void;

const LENGTH_OF = { year: 4, month: 7, day: 10 } as const;
const MONEY: readonly string[] = FIGURE_KINDS_BY_FAMILY.money;

export function checkProjectFacts(
  p: ProjectProps,
  published: string | null,
  report: Report,
  checkSource: CheckSource,
  checkCode: (field: string, code: string) => void,
): void {
  (p.financiers ?? []).forEach((f, i) => {
    const at = `financiers[${i}]`;
    if (f.institution === null && f.country === null)
      report(at, 'a financier needs an institution, a country, or both');
    if (f.country !== null) checkCode(`${at}.country`, f.country);
    checkSource(`${at}.source`, f.source);
  });
  const dates = p.dates ?? {};
  for (const key of PROJECT_DATE_KEYS) {
    const d = dates[key];
    if (d === undefined) continue;
    const at = `dates.${key}`;
    if (d.date.length !== LENGTH_OF[d.precision])
      report(`${at}.date`, `"${d.date}" does not have ${d.precision} precision`);
    checkSource(`${at}.source`, d.source);
    // Only an expected date may lie ahead of the article that states it.
    const from = isArticleSource(d.source) ? published : null;
    if (key !== 'expected' && from !== null && d.date.slice(0, from.length) > from.slice(0, d.date.length))
      report(
        `${at}.date`,
        `${d.date} is after the article's date ${from}; an expected date goes in dates.expected`,
      );
  }
  const { started, completed } = dates;
  if (started && completed && completed.date < started.date.slice(0, completed.date.length))
    report(
      'dates.completed.date',
      `completed ${completed.date} is before construction started ${started.date}`,
    );
}

/** A figure naming a project must name one that exists, and be what a cost is: money. */
export function checkFigureProject(f: Figure, projectIds: ReadonlySet<string> | null, report: Report): void {
  if (f.project === undefined) return;
  if (projectIds !== null && !projectIds.has(f.project)) report('project', `unknown project "${f.project}"`);
  if (!MONEY.includes(f.kind))
    report('project', `a ${f.kind} figure cannot be a project's cost; only money figures name a project`);
}
