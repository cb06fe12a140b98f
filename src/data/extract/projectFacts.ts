import { MONTH_NAMES } from '../../lib/formatDate';
import type { Article, Figure, ProjectDate, ProjectFeature } from '../schema';
import { splitSentences } from './sentences';

// Project facts proposed from an article's sentences: when construction began, when the project
// opened or is expected to, who finances it, and which money figures are its cost. Drafts for a
// curator to check, never written by themselves. A sentence speaks of a project when it names it;
// when the article names only one of the projects it sources, its other sentences do too.

export type ProjectFactField =
  | 'dates.announced'
  | 'dates.started'
  | 'dates.completed'
  | 'dates.expected'
  | 'financiers';

export interface ProjectFactDraft {
  project: string;
  field: ProjectFactField;
  /** A date ({ date, precision }) or a financier's institution. */
  value: Pick<ProjectDate, 'date' | 'precision'> | { institution: string };
  quote: string;
}
export interface ProjectDrafts {
  facts: ProjectFactDraft[];
  /** Money figures whose sentence speaks of one project: its cost, to be linked with `project`. */
  costs: { figure: string; project: string }[];
}

const MONTH = `(?<month>${MONTH_NAMES.join('|')})`;
const WHEN = `(?:in|by|on)\\s+(?:${MONTH}\\s+)?(?<year>(?:19|20)\\d{2})`;
const DATE_PATTERNS: readonly [ProjectFactField, RegExp][] = [
  [
    'dates.expected',
    new RegExp(
      `expected to (?:be )?(?:completed|finished|open|opened|operational|ready|start operating)[^.]*?${WHEN}`,
      'i',
    ),
  ],
  [
    'dates.started',
    new RegExp(`(?:construction|work|building)\\s+(?:began|started|begun|commenced)\\s+${WHEN}`, 'i'),
  ],
  [
    'dates.completed',
    new RegExp(`(?:was |were )?(?<!\\bbe\\s)(?:completed|opened|inaugurated|finished)\\s+${WHEN}`, 'i'),
  ],
  ['dates.announced', new RegExp(`(?:was |were )?announced\\s+${WHEN}`, 'i')],
];
const FINANCED =
  /(?:financed|funded|bankrolled)\s+by\s+(?:the\s+)?(?<who>(?:[A-Z][\w'’-]*|of|and|for)(?:\s+(?:[A-Z][\w'’-]*|of|and|for))*)/;

function dateOf(match: RegExpExecArray): Pick<ProjectDate, 'date' | 'precision'> {
  const { month, year } = match.groups as { month?: string; year: string };
  if (month === undefined) return { date: year, precision: 'year' };
  const m = MONTH_NAMES.findIndex((name) => name.toLowerCase() === month.toLowerCase()) + 1;
  return { date: `${year}-${String(m).padStart(2, '0')}`, precision: 'month' };
}

export function draftProjectFacts(
  article: Pick<Article, 'id' | 'paragraphs'>,
  projects: readonly ProjectFeature[],
  figures: readonly Pick<Figure, 'id' | 'unit' | 'source'>[] = [],
): ProjectDrafts {
  const own = projects.filter(
    (p) => 'article' in p.properties.source && p.properties.source.article === article.id,
  );
  const sentences = article.paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text));
  const named = (text: string) =>
    own.filter((p) => text.toLowerCase().includes(p.properties.name.toLowerCase()));
  const speaksOf = (text: string) => {
    const found = named(text);
    return found.length > 0 ? found : own.length === 1 ? own : [];
  };
  const facts: ProjectFactDraft[] = [];
  for (const text of sentences)
    for (const p of speaksOf(text)) {
      const project = p.properties.id;
      for (const [field, pattern] of DATE_PATTERNS) {
        const match = pattern.exec(text);
        if (match) facts.push({ project, field, value: dateOf(match), quote: match[0] });
      }
      const financed = FINANCED.exec(text);
      const who = financed?.groups?.who?.replace(/\s+(?:and|of|for)$/, '');
      if (financed && who)
        facts.push({ project, field: 'financiers', value: { institution: who }, quote: financed[0] });
    }
  const costs = figures.flatMap((f) => {
    if (f.unit === 'people' || f.unit === 'percent' || f.unit === 'items' || f.source.article !== article.id)
      return [];
    const sentence = sentences.find((s) => s.includes(f.source.quote)) ?? f.source.quote;
    const about = speaksOf(sentence);
    return about.length === 1 ? [{ figure: f.id, project: (about[0] as ProjectFeature).properties.id }] : [];
  });
  return { facts, costs };
}

/** The drafts as lines for the extract CLI; nothing when there are none. */
export function formatProjectFacts({ facts, costs }: ProjectDrafts): string {
  const lines = [
    ...facts.map((f) => `project ${f.project}: ${f.field} = ${JSON.stringify(f.value)}  ← "${f.quote}"`),
    ...costs.map(
      (c) => `project ${c.project}: cost figure ${c.figure} (set "project": "${c.project}" on it)`,
    ),
  ];
  return lines.length === 0 ? '' : `\nProject facts to check:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
