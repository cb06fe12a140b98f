// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/data/articleFile';
import { draftProjectFacts } from '../../../../src/data/extract/projectFacts';
import { figuresFileSchema, projectsFileSchema } from '../../../../src/data/schema';

const DIR = 'test/fixtures/datasets/projects';
const parsed = parseArticle(
  'kyrgyz-rail-link-gets-chinese-loans.md',
  readFileSync(`${DIR}/articles/kyrgyz-rail-link-gets-chinese-loans.md`, 'utf8'),
);
const projects = projectsFileSchema.parse(
  JSON.parse(readFileSync(`${DIR}/projects.geojson`, 'utf8')),
).features;
const figures = figuresFileSchema.parse(JSON.parse(readFileSync(`${DIR}/figures.json`, 'utf8'))).figures;

describe('project facts drafted from sentences', () => {
  it('proposes the dates, financier and cost links the curated fixture holds', () => {
    if (!parsed.ok) throw new Error('fixture article does not parse');
    const drafts = draftProjectFacts(parsed.article, projects, figures);
    const project = 'balykchy-karakeche-railway';
    expect(drafts.facts).toEqual([
      {
        project,
        field: 'financiers',
        value: { institution: 'Export-Import Bank of China' },
        quote: 'financed by the Export-Import Bank of China',
      },
      {
        project,
        field: 'dates.expected',
        value: { date: '2027', precision: 'year' },
        quote: expect.any(String),
      },
      {
        project,
        field: 'dates.started',
        value: { date: '2022-03', precision: 'month' },
        quote: 'Construction began in March 2022',
      },
    ]);
    expect(drafts.costs).toEqual([
      { figure: 'cost-balykchy-karakeche-railway-ministry', project },
      { figure: 'cost-balykchy-karakeche-railway-chinese-media', project },
    ]);
  });

  it('proposes nothing for an article that sources several projects and names none in a sentence', () => {
    const article = {
      id: 'kazakh-wheat-exports-to-china-hit-record',
      paragraphs: ['Construction began in May 2020.'],
    };
    expect(draftProjectFacts(article, projects, figures)).toEqual({ facts: [], costs: [] });
  });
});
