// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DEFAULTS, corpusCounts, generateCorpus } from '../../../scripts/corpus/corpus';
import { allocate, FIGURE_MAKERS } from '../../../scripts/corpus/figures/registry';
import { SERIES_SIZE, SERIES_YEARS } from '../../../scripts/corpus/figures/tradeSeries';
import { writeDataset } from '../../../scripts/corpus/writeDataset';
import { validateDir } from '../../../scripts/lib/validateDir';
import { figureKindSchema } from '../../../src/data/schema';

const countriesText = readFileSync('data/countries.json', 'utf8');
const small = { articles: 60, projects: 200, seed: 3 };
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function validated(files: Map<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-corpus-'));
  dirs.push(dir);
  writeDataset(dir, files);
  const { problems, dataset } = validateDir(dir);
  if (dataset === null) throw new Error('the corpus folder did not parse');
  return { problems, dataset };
}

describe('the corpus generator', () => {
  const files = generateCorpus(small, countriesText);
  const { problems, dataset } = validated(files);

  it('writes a small corpus the validator accepts without a single problem', () => {
    expect(problems).toEqual([]);
    const counts = corpusCounts(small);
    expect(dataset.articles).toHaveLength(60);
    expect(dataset.projects.features).toHaveLength(200);
    expect(dataset.figures.figures).toHaveLength(counts.figures);
    expect(dataset.events.events).toHaveLength(counts.events);
  });

  it('holds figures of every kind, in several currencies, with ranges and both kinds of date', () => {
    const figures = dataset.figures.figures;
    expect(new Set(figures.map((f) => f.kind))).toEqual(new Set(figureKindSchema.options));
    const currencies = new Set(figures.filter((f) => f.unit !== 'USD').map((f) => f.unit));
    expect(figures.some((f) => f.valueHigh !== undefined)).toBe(true);
    expect(figures.some((f) => f.year !== null) && figures.some((f) => f.asOf !== null)).toBe(true);
    expect(currencies.size).toBeGreaterThanOrEqual(2);
    expect(figures.filter((f) => f.kind === 'count').every((f) => f.measure !== undefined)).toBe(true);
  });

  it('is deterministic for a seed and differs for another', () => {
    expect(generateCorpus(small, countriesText)).toEqual(files);
    const other = generateCorpus({ ...small, seed: 4 }, countriesText);
    expect(other.get('figures.json')).not.toBe(files.get('figures.json'));
  });
});

describe('the corpus at its default size', () => {
  const counts = corpusCounts(CORPUS_DEFAULTS);

  it('meets the minimums the corpus and chart issues set', () => {
    expect(counts.articles).toBeGreaterThanOrEqual(800);
    expect(counts.figures).toBeGreaterThanOrEqual(3000);
    expect(counts.events).toBeGreaterThanOrEqual(800);
    expect(counts.projects).toBeGreaterThanOrEqual(2000);
  });

  it('plans the whole trade series, mirrors included, and about 500 casualty claims', () => {
    const perMaker = allocate(counts.figures);
    const count = (pick: (kind: string, i: number) => boolean) =>
      FIGURE_MAKERS.reduce((sum, maker, i) => sum + (pick(maker.kind, i) ? (perMaker[i] ?? 0) : 0), 0);
    const series = FIGURE_MAKERS.findIndex((maker) => maker.make.name === 'tradeSeries');
    expect(perMaker[series]).toBeGreaterThanOrEqual(SERIES_SIZE);
    expect(SERIES_SIZE).toBeGreaterThanOrEqual(5 * 2 * (SERIES_YEARS.last - SERIES_YEARS.first + 1));
    const claims = count((kind) => kind === 'deaths' || kind === 'injuries');
    expect(claims).toBeGreaterThanOrEqual(450);
    expect(claims).toBeLessThanOrEqual(650);
  });
});
