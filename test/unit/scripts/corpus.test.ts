// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DEFAULTS, corpusCounts, generateCorpus } from '../../../scripts/corpus/corpus';
import { SERIES_YEARS } from '../../../scripts/corpus/figures/tradeSeries';
import { writeDataset } from '../../../scripts/corpus/writeDataset';
import { validateDir } from '../../../scripts/lib/validateDir';
import { type FiguresFile, figureKindSchema } from '../../../src/data/schema';

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

  it('holds ten mirrored years of trade for five relationships, undated figures, and a decade of claims', () => {
    const text = generateCorpus(CORPUS_DEFAULTS, countriesText).get('figures.json') ?? '';
    const { figures } = JSON.parse(text) as FiguresFile;
    expect(figures.length).toBeGreaterThanOrEqual(3000);
    // Per relationship (both codes, sorted): the years each side reports, and its undated figures.
    const sides = new Map<string, Map<string, Set<number | null>>>();
    for (const f of figures.filter((f) => f.kind === 'trade' && f.counterpart !== null)) {
      const key = [f.subject, f.counterpart].sort().join('|');
      const bySide = sides.get(key) ?? new Map<string, Set<number | null>>();
      sides.set(key, bySide);
      bySide.set(f.subject, (bySide.get(f.subject) ?? new Set()).add(f.asOf === null ? f.year : -1));
    }
    const decade = Array.from({ length: 10 }, (_, i) => SERIES_YEARS.first + i);
    const mirrored = [...sides.values()].filter(
      (bySide) =>
        bySide.size === 2 &&
        [...bySide.values()].every((years) => decade.every((y) => years.has(y)) && years.has(null)),
    );
    expect(mirrored.length).toBeGreaterThanOrEqual(5);
    const claims = figures.filter((f) => f.kind === 'deaths' || f.kind === 'injuries');
    expect(claims.length).toBeGreaterThanOrEqual(450);
    expect(new Set(claims.map((f) => f.reportedBy)).size).toBeGreaterThanOrEqual(4);
    const claimYears = new Set(claims.flatMap((f) => (f.asOf === null ? [] : [Number(f.asOf.slice(0, 4))])));
    for (const year of decade) expect(claimYears).toContain(year);
  });
});
