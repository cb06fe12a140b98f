// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../../scripts/lib/importProjects/columns';
import { indexGeometry, toDrawable } from '../../../scripts/lib/importProjects/geometry';
import { mapRow, type Row } from '../../../scripts/lib/importProjects/mapRow';
import { planImport, recordStartLines } from '../../../scripts/lib/importProjects/plan';
import { importProjects, serialiseProjects } from '../../../scripts/lib/importProjects/run';
import { countriesFileSchema } from '../../../src/data/schema';
import { sampleFiles } from '../../fixtures/import/generate';
import { FIXTURES, REPO } from '../data/fixtureDataset';

const IMPORT = join(FIXTURES, 'import');
const read = (name: string) => readFileSync(join(IMPORT, name), 'utf8');
const countries = countriesFileSchema.parse(
  JSON.parse(readFileSync(join(REPO, 'data', 'countries.json'), 'utf8')),
);
const CODES = new Set(countries.countries.map((c) => c.code));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ROW: Row = {
  [COLUMNS.record]: '88',
  [COLUMNS.title]: 'Angren–Pap railway tunnel',
  [COLUMNS.recipient]: 'uzb',
  [COLUMNS.commitmentYear]: '2013',
  [COLUMNS.startYear]: '2013',
  [COLUMNS.completionYear]: '2016',
  [COLUMNS.status]: 'Completion',
  [COLUMNS.sector]: 'TRANSPORT AND STORAGE',
  [COLUMNS.flowType]: 'Loan',
  [COLUMNS.amountConstant]: '455,000,000',
  [COLUMNS.amountNominal]: '350000000',
  [COLUMNS.funders]: 'Export-Import Bank of China | China Development Bank',
  [COLUMNS.implementers]: 'China Railway Tunnel Group',
  [COLUMNS.aggregates]: 'No',
};
const source = { dataset: 'AidData GCDF 3.0', record: '88' };

describe('the column mapping', () => {
  it('maps a row to a project sourced to its record', () => {
    const result = mapRow(ROW, CODES);
    expect(result).toEqual({
      ok: true,
      record: '88',
      props: {
        id: 'gcdf-88',
        name: 'Angren–Pap railway tunnel',
        kind: 'railway',
        status: 'operational',
        countries: ['UZB'],
        partners: ['CHN'],
        note: 'Flow type: Loan. AidData advises leaving this record out of totals.',
        source,
        financiers: [
          { institution: 'Export-Import Bank of China', country: 'CHN', source },
          { institution: 'China Development Bank', country: 'CHN', source },
        ],
        dates: {
          announced: { date: '2013', precision: 'year', source },
          started: { date: '2013', precision: 'year', source },
          completed: { date: '2016', precision: 'year', source },
        },
        cost: [
          { value: 455e6, unit: 'USD', basis: 'constant 2021 USD', source },
          { value: 350e6, unit: 'USD', basis: 'nominal USD', source },
        ],
      },
    });
  });

  it('tells kinds apart by sector and title, and statuses through the table', () => {
    const kindOf = (sector: string, title: string) => {
      const r = mapRow({ ...ROW, [COLUMNS.sector]: sector, [COLUMNS.title]: title }, CODES);
      return r.ok ? r.props.kind : r.reason;
    };
    expect(kindOf('ENERGY', 'Rooppur Nuclear Power Plant')).toBe('nuclear-plant');
    expect(kindOf('Energy', 'Solar farm')).toBe('energy');
    expect(kindOf('TRANSPORT AND STORAGE', 'Dushanbe–Chanak highway')).toBe('highway');
    expect(kindOf('TRANSPORT AND STORAGE', 'Aktau logistics terminal')).toBe('dry-port');
    expect(kindOf('TRANSPORT AND STORAGE', 'Transport loan')).toBe('corridor');
    expect(kindOf('HEALTH', 'Hospital')).toBe('sector "HEALTH" has no project kind');
    const status = (s: string) => {
      const r = mapRow({ ...ROW, [COLUMNS.status]: s, [COLUMNS.completionYear]: '' }, CODES);
      return r.ok ? r.props.status : r.reason;
    };
    expect(status('Implementation')).toBe('under construction');
    expect(status('Pipeline: Pledge')).toBe('planned');
    expect(status('Cancelled')).toBe('status "Cancelled" is not drawn on the map');
  });

  it('refuses a bad value naming its column, and skips what the map has no place for', () => {
    const refusal = (edit: Record<string, string>) => {
      const r = mapRow({ ...ROW, ...edit }, CODES);
      return r.ok ? null : { column: r.column, bad: r.bad, reason: r.reason };
    };
    expect(refusal({ [COLUMNS.title]: ' ' })).toEqual({ column: 'Title', bad: true, reason: 'is empty' });
    expect(refusal({ [COLUMNS.recipient]: 'UZ' })?.column).toBe('Recipient ISO-3');
    expect(refusal({ [COLUMNS.recipient]: 'ZMB' })).toEqual({
      column: 'Recipient ISO-3',
      bad: false,
      reason: 'ZMB is not in countries.json',
    });
    expect(refusal({ [COLUMNS.startYear]: '2O13' })?.column).toBe('Implementation Start Year');
    expect(refusal({ [COLUMNS.completionYear]: '2010' })?.reason).toBe(
      'completion 2010 is before the start 2013',
    );
    expect(refusal({ [COLUMNS.amountNominal]: '-5' })?.column).toBe('Amount (Nominal USD)');
    expect(refusal({ [COLUMNS.status]: 'Done' })?.reason).toBe('"Done" is not a status the mapping knows');
    expect(refusal({ [COLUMNS.record]: '../etc' })?.column).toBe('AidData Record ID');
  });
});

describe('the geometry file', () => {
  it('keeps points and lines, reduces polygons and multi-lines, and says so', () => {
    const square = [
      [
        [60, 40],
        [62, 40],
        [62, 42],
        [60, 40],
      ],
    ];
    expect(toDrawable({ type: 'Polygon', coordinates: square }, '1')).toMatchObject({
      geometry: { type: 'Point' },
      precision: 'approximate',
    });
    const lines = [
      [
        [60, 40],
        [60.1, 40],
      ],
      [
        [61, 40],
        [65, 40],
        [66, 41],
      ],
    ];
    expect(toDrawable({ type: 'MultiLineString', coordinates: lines }, '1')?.geometry.coordinates).toEqual(
      lines[1],
    );
    expect(toDrawable({ type: 'Point', coordinates: [200, 40] }, '1')).toBeNull();
    const index = indexGeometry(read('gcdf-sample.geojson'));
    expect(index.problems).toEqual([expect.stringMatching(/no record id/)]);
  });
});

describe('a planned import of the sample table', () => {
  const geometry = indexGeometry(read('gcdf-sample.geojson'));
  const plan = planImport(read('gcdf-sample.csv'), geometry, [], countries);

  it('is the checked-in fixture the generator writes, at least 300 rows', () => {
    for (const [name, text] of Object.entries(sampleFiles())) expect(read(name), name).toBe(text);
    expect(plan.rows).toBeGreaterThanOrEqual(300);
  });

  it('finds record starts across quoted line breaks', () => {
    expect(recordStartLines('a,b\n1,"x\ny"\n2,z\n')).toEqual([1, 2, 4]);
  });

  it('names each bad row by line and column, skips duplicates, and places rows without geometry at country level', () => {
    const bad = plan.skipped.filter((s) => s.bad);
    expect(bad.map((s) => s.column)).toEqual(
      expect.arrayContaining([
        'Recipient ISO-3',
        'Implementation Start Year',
        'Amount (Constant USD 2021)',
        'Title',
      ]),
    );
    // Record 10005 is on line 7: the header, then one line per row before it.
    expect(plan.skipped).toContainEqual(
      expect.objectContaining({ line: 7, column: 'Recipient ISO-3', record: '10005' }),
    );
    const duplicates = plan.skipped.filter((s) => s.reason.startsWith('duplicate of the record on line'));
    expect(duplicates.length).toBeGreaterThan(0);
    const ids = plan.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(plan.countryLevel.length).toBeGreaterThan(0);
    const placed = plan.features.find((f) => f.properties.id === plan.countryLevel[0]);
    expect(placed?.properties.precision).toBe('country-level');
    expect(plan.added.length + plan.skipped.length).toBe(plan.rows);
  });

  it('changes nothing on a re-import, and updates by id from a newer file', () => {
    const again = planImport(read('gcdf-sample.csv'), geometry, plan.features, countries);
    expect([again.added, again.updated]).toEqual([[], []]);
    expect(again.unchanged.length).toBe(plan.added.length);
    const newer = planImport(
      read('gcdf-sample-newer.csv'),
      indexGeometry(read('gcdf-sample-newer.geojson')),
      plan.features,
      countries,
    );
    expect(newer.updated.length).toBeGreaterThan(0);
    expect(newer.added.length).toBeGreaterThan(0);
    expect(newer.features.length).toBe(plan.features.length + newer.added.length);
    const ids = newer.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never replaces a curated project with a record of the same id', () => {
    const curated = {
      ...plan.features[0],
      properties: { ...plan.features[0]?.properties, source: { article: 'a', quote: 'q' } },
    };
    const again = planImport(
      read('gcdf-sample.csv'),
      geometry,
      [curated as (typeof plan.features)[number]],
      countries,
    );
    expect(again.skipped).toContainEqual(
      expect.objectContaining({ reason: expect.stringMatching(/taken by a project from an article/) }),
    );
    expect(again.features[0]).toBe(curated);
  });
});

describe('importProjects on a data folder', () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossroads-import-'));
    dirs.push(dir);
    cpSync(join(REPO, 'data', 'countries.json'), join(dir, 'countries.json'));
    cpSync(join(REPO, 'data', 'projects.geojson'), join(dir, 'projects.geojson'));
    return dir;
  };
  const args = (out: string, dryRun = false) => ({
    csv: join(IMPORT, 'gcdf-sample.csv'),
    geometry: join(IMPORT, 'gcdf-sample.geojson'),
    out,
    dryRun,
  });

  it('writes nothing in a dry run, then imports, then leaves the file untouched on a re-import', () => {
    const out = folder();
    const before = readFileSync(join(out, 'projects.geojson'), 'utf8');
    expect(importProjects(args(out, true)).written).toBe(false);
    expect(readFileSync(join(out, 'projects.geojson'), 'utf8')).toBe(before);
    const first = importProjects(args(out));
    expect(first.written).toBe(true);
    const text = readFileSync(join(out, 'projects.geojson'), 'utf8');
    expect(text).toBe(serialiseProjects(first.plan.features));
    const stamp = statSync(join(out, 'projects.geojson')).mtimeMs;
    const again = importProjects(args(out));
    expect(again.written).toBe(false);
    expect(statSync(join(out, 'projects.geojson')).mtimeMs).toBe(stamp);
    // The curated projects are kept first, as they were.
    expect(JSON.parse(text).features.slice(0, 9)).toEqual(JSON.parse(before).features);
  });

  it('plans inside the ingest lock', () => {
    const out = folder();
    let lockHeld = false;
    importProjects({
      ...args(out, true),
      whileLocked: () => {
        lockHeld = statSync(join(out, '.ingest.lock')).isFile();
      },
    });
    expect(lockHeld).toBe(true);
  });
});
