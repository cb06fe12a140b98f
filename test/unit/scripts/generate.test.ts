// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GenerateOptions, generateDataset } from '../../../scripts/corpus/dataset';
import { writeDataset } from '../../../scripts/corpus/writeDataset';
import { validateDir } from '../../../scripts/lib/validateDir';
import {
  figureSchema,
  placeKindSchema,
  precisionSchema,
  projectKindSchema,
  projectStatusSchema,
} from '../../../src/data/schema';

const countriesText = readFileSync('data/countries.json', 'utf8');
const small: GenerateOptions = { projects: 50, figures: 40, places: 21, events: 20, seed: 7, countriesText };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-generate-'));
  dirs.push(dir);
  return dir;
};
const filesIn = (dir: string): Map<string, Buffer> => {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  return new Map(names.sort().map((name) => [name, readFileSync(join(dir, name))]));
};

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark data generator', () => {
  it('writes a data folder the validator accepts without a single problem', () => {
    const dir = tempDir();
    writeDataset(dir, generateDataset(small));
    const { problems, dataset } = validateDir(dir);
    expect(problems).toEqual([]);
    expect(dataset?.projects.features).toHaveLength(50);
    expect(dataset?.figures.figures).toHaveLength(40);
    expect(dataset?.places.features).toHaveLength(21);
    expect(dataset?.events.events).toHaveLength(20);
    expect(readFileSync(join(dir, 'countries.json'), 'utf8')).toBe(countriesText);
  });

  it('writes the same bytes for the same seed, and different bytes for another seed', () => {
    const [first, second] = [tempDir(), tempDir()];
    writeDataset(first, generateDataset(small));
    writeDataset(second, generateDataset(small));
    const [a, b] = [filesIn(first), filesIn(second)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true);

    const other = generateDataset({ ...small, seed: 8 });
    expect(other.get('projects.geojson')).not.toBe(generateDataset(small).get('projects.geojson'));
  });

  it('mixes every kind, status and precision, routes of 2 to 8 points and points', () => {
    const dataset = validateDirOf(generateDataset({ ...small, projects: 300, figures: 100 }));
    const projects = dataset.projects.features;
    const values = <T>(pick: (p: (typeof projects)[number]) => T) => new Set(projects.map(pick));
    expect(values((p) => p.properties.kind)).toEqual(new Set(projectKindSchema.options));
    expect(values((p) => p.properties.status)).toEqual(new Set(projectStatusSchema.options));
    expect(values((p) => p.properties.precision)).toEqual(new Set(precisionSchema.options));
    const routeLengths = new Set(
      projects.flatMap((p) => (p.geometry.type === 'LineString' ? [p.geometry.coordinates.length] : [])),
    );
    expect([...routeLengths].sort()).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(values((p) => p.geometry.type)).toEqual(new Set(['Point', 'LineString']));
    // The bench data shares the corpus's figure makers, so it holds every kind the schema has.
    expect(new Set(dataset.figures.figures.map((f) => f.kind))).toEqual(
      new Set(figureSchema.shape.kind.options),
    );
    expect(new Set(dataset.places.features.map((p) => p.properties.kind))).toEqual(
      new Set(placeKindSchema.options),
    );
  });

  it('keeps articles at about one per hundred records', () => {
    const files = generateDataset({ ...small, projects: 1000, figures: 0, places: 0, events: 0 });
    expect([...files.keys()].filter((name) => name.startsWith('articles/'))).toHaveLength(10);
  });

  it('refuses to write into a folder it did not generate', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'figures.json'), '{"figures":[]}');
    expect(() => writeDataset(dir, generateDataset(small))).toThrow(/not written by the generator/);
    expect(readFileSync(join(dir, 'figures.json'), 'utf8')).toBe('{"figures":[]}');
  });
});

function validateDirOf(files: Map<string, string>) {
  const dir = tempDir();
  writeDataset(dir, files);
  const { problems, dataset } = validateDir(dir);
  expect(problems).toEqual([]);
  if (dataset === null) throw new Error('the generated folder did not parse');
  return dataset;
}
