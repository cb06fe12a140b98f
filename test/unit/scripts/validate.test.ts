// @vitest-environment node
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDir } from '../../../scripts/lib/validateDir';
import { formatProblem, type Problem } from '../../../src/data/problem';
import { brokenClasses, buildDataDir, REPO, removeDataDirs } from '../data/fixtureDataset';
import { runScript } from './runScript';

const fileError = (file: string, message: string): Problem => ({
  level: 'error',
  file,
  record: null,
  field: null,
  message,
});
const recordError = (file: string, record: string, field: string, message: string): Problem => ({
  level: 'error',
  file,
  record,
  field,
  message,
});

// Broken fixtures with one bad record, or one file that does not even parse: each is reported
// alone, naming the file and, when it gets that far, the record and field.
const PARSE_CASES: [string, Problem[]][] = [
  [
    'schema-violation',
    [
      recordError(
        'figures.json',
        'trade-kazakhstan-china-wheat-2023',
        'kind',
        'Invalid option: expected one of "trade"|"investment"|"losses"|"price"|"deaths"|"injuries"|"displaced"|"detentions"|"population"|"share"|"tariff"|"growth"|"count"',
      ),
    ],
  ],
  [
    'coordinates-out-of-range',
    [
      recordError(
        'places.geojson',
        'astana',
        'geometry.coordinates.1',
        'latitude must be between -90 and 90',
      ),
    ],
  ],
  [
    'not-a-calendar-date',
    [recordError('events.json', 'uzbekistan-gulf-solar-deals', 'date', 'not a real calendar date')],
  ],
  [
    'article-front-matter',
    [
      recordError(
        'articles/kazakh-wheat-exports-to-china-hit-record.md',
        'kazakh-wheat-exports-to-china-hit-record',
        'published',
        'dates are ISO yyyy-mm-dd',
      ),
    ],
  ],
  [
    'invalid-json',
    [
      fileError(
        'events.json',
        'the file is not valid JSON at line 6, column 28 (Expected double-quoted property name in JSON at position 118)',
      ),
    ],
  ],
  [
    'truncated-json',
    [
      fileError(
        'projects.geojson',
        "the file is truncated: it ends before the JSON is complete (Expected ',' or ']' after array element in JSON at position 1002)",
      ),
    ],
  ],
  ['empty-file', [fileError('countries.json', 'the file is empty')]],
  [
    'invalid-encoding',
    [
      fileError(
        'figures.json',
        'the file is not valid UTF-8 (byte 0xE9 on line 6); it may be Latin-1 or Windows-1252; convert it first, for example: iconv -f WINDOWS-1252 -t UTF-8',
      ),
    ],
  ],
];

afterAll(removeDataDirs);

describe('validateDir', () => {
  it('accepts the committed data folder and the valid fixture base', () => {
    const data = validateDir(join(REPO, 'data'));
    expect(data.problems).toEqual([]);
    expect(data.dataset?.articles.map((a) => a.id).sort()).toEqual([
      'chinas-xi-in-kazakhstan-to-cement-central-asia-ties',
      'fear-deepens-in-tehran-as-israel-targets-the-city',
      'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran',
      'trump-says-eu-not-offering-fair-deal-on-trade',
    ]);
    expect(validateDir(buildDataDir()).problems).toEqual([]);
    // The hostile set carries payloads in every field; an error would leave its record out of the
    // app, and the payload with it, untested.
    const hostile = validateDir(join(REPO, 'test', 'fixtures', 'hostile')).problems;
    expect(hostile.filter((p) => p.level === 'error')).toEqual([]);
  });

  it.each(PARSE_CASES)(
    'broken fixture %s: one problem naming the file (and record and field)',
    (name, expected) => {
      const result = validateDir(buildDataDir(name));
      expect(result.problems).toEqual(expected);
      // A bad record is left out on its own; only a file that does not parse is lost whole.
      const [problem] = expected;
      expect(result.dataset === null).toBe(problem?.record === null && !problem.file.startsWith('articles/'));
    },
  );

  it('leaves out only the bad record: its file and every other file keep their good records', () => {
    const base = validateDir(buildDataDir()).kept;
    const { kept } = validateDir(buildDataDir('schema-violation'));
    expect(kept.figures?.figures.map((f) => f.id)).toEqual(
      base.figures?.figures.map((f) => f.id).filter((id) => id !== 'trade-kazakhstan-china-wheat-2023'),
    );
    expect(kept.projects).toEqual(base.projects);
  });

  it('leaves out a record with an error across files too, and keeps one with only a warning', () => {
    const { kept, problems } = validateDir(buildDataDir('many-problems'));
    const named = (level: Problem['level']) =>
      new Set(problems.filter((p) => p.level === level && p.file === 'figures.json').map((p) => p.record));
    const ids = kept.figures?.figures.map((f) => f.id) ?? [];
    expect(ids.filter((id) => named('error').has(id))).toEqual([]);
    expect(ids).toContain('tariff-uzbekistan-solar-panels-2023');
    expect([...named('warning')]).toEqual(['tariff-uzbekistan-solar-panels-2023']);
  });

  it('finds at least one problem in every broken fixture on disk, and an error unless it is a warning case', () => {
    const classes = brokenClasses();
    expect(classes.length).toBeGreaterThanOrEqual(36);
    // A byte-order mark used to hide every article from the app; now both accept it.
    const clean = ['article-bom'];
    const warningOnly = ['whitespace-quote', 'bidi-label', 'antimeridian-route'];
    for (const name of classes) {
      const { problems } = validateDir(buildDataDir(name));
      const levels = new Set(problems.map((p) => p.level));
      expect([...levels], name).toEqual(
        clean.includes(name)
          ? []
          : warningOnly.includes(name)
            ? ['warning']
            : expect.arrayContaining(['error']),
      );
    }
  });

  it('warns on invisible characters in labels and names, and on a route jumping more than 180°', () => {
    expect(validateDir(buildDataDir('bidi-label')).problems.map(formatProblem)).toEqual([
      'warning: figures.json · record trade-kazakhstan-china-wheat-2023 · field label: the label contains U+202E, a bidirectional control, at character 22: it can reorder or hide what is shown around it',
      'warning: places.geojson · record astana · field name: the name contains U+200B, a zero-width character, at character 4: it can reorder or hide what is shown around it',
    ]);
    expect(validateDir(buildDataDir('antimeridian-route')).problems.map(formatProblem)).toEqual([
      'warning: projects.geojson · record almaty-khorgos-rail · field geometry.coordinates: the segment from point 1 to point 2 spans 340° of longitude: it crosses the antimeridian, or a longitude has the wrong sign',
    ]);
  });

  it('reports a missing file and a missing articles folder', () => {
    const dir = buildDataDir();
    rmSync(join(dir, 'events.json'));
    rmSync(join(dir, 'articles'), { recursive: true });
    expect(validateDir(dir).problems).toEqual([
      fileError('articles/', 'the articles folder is missing'),
      fileError('events.json', 'the file is missing'),
    ]);
  });

  it('insists an article id matches its file name', () => {
    const dir = buildDataDir();
    const from = join(dir, 'articles', 'kazakh-wheat-exports-to-china-hit-record.md');
    renameSync(from, join(dir, 'articles', 'wheat.md'));
    // The article is left out, so what cites it by its old id cites an unknown article.
    const [first, ...rest] = validateDir(dir).problems;
    expect(first).toEqual(
      recordError('articles/wheat.md', 'wheat', 'id', 'id must match the file name "wheat.md"'),
    );
    expect(new Set(rest.map((p) => p.message))).toEqual(
      new Set(['unknown article "kazakh-wheat-exports-to-china-hit-record"']),
    );
  });
});

// Each run starts a TypeScript process: seconds, not milliseconds, on a two-core machine.
describe('validate CLI (npx tsx scripts/validate.ts <dir>)', { timeout: 60_000 }, () => {
  const problemLines = (stdout: string) => stdout.split('\n').filter((l) => /^(error|warning): /.test(l));

  it('exits 0 on the committed data folder', () => {
    const run = runScript('scripts/validate.ts', ['data'], { npx: true });
    expect(run.status).toBe(0);
    expect(problemLines(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(/4 articles, 9 figures, 9 projects, 10 places, 8 events/);
    expect(run.stdout).toMatch(/validate: 0 error\(s\), 0 warning\(s\)/);
  });

  it('exits 1 on a folder with many problems, printing one line per problem', () => {
    const run = runScript('scripts/validate.ts', [buildDataDir('many-problems')], { npx: true });
    expect(run.status).toBe(1);
    expect(problemLines(run.stdout)).toEqual([
      'error: events.json · record khorgos-grain-terminal-opens · field id: duplicate id "khorgos-grain-terminal-opens": only the first record with it is kept',
      'error: countries.json · record CAS · field members: group "CAS" contains itself directly',
      'error: figures.json · record trade-kazakhstan-china-wheat-2023 · field counterpart: unknown country or group code "CHI"',
      'error: figures.json · record population-uzbekistan · field value: the quote does not state the value 35000000',
      'warning: figures.json · record tariff-uzbekistan-solar-panels-2023 · field source.quote: quote matches the article only after whitespace is normalised',
      'error: projects.geojson · record khorgos-grain-terminal · field source.article: unknown article "khorgos"',
      'error: projects.geojson · record almaty-khorgos-rail · field geometry.coordinates: a route needs at least 2 points, it has 1',
      "error: events.json · record uzbekistan-gulf-solar-deals · field date: 2024-12-19 is after the article's date 2024-11-20; mark it scheduled if it is a deadline",
    ]);
    expect(run.stdout).toMatch(/validate: 7 error\(s\), 1 warning\(s\)\n$/);
  });

  it('exits 1 on files that do not parse, one line each', () => {
    const run = runScript('scripts/validate.ts', [buildDataDir('unparseable-files')]);
    expect(run.status).toBe(1);
    const lines = problemLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('error: countries.json: the file is empty');
    expect(lines[1]).toMatch(/^error: projects\.geojson: the file is truncated/);
    expect(lines[2]).toMatch(/^error: events\.json: the file is not valid JSON at line 6, column 28/);
  });

  it('exits 0 when the only finding is a warning', () => {
    const run = runScript('scripts/validate.ts', [buildDataDir('whitespace-quote')]);
    expect(run.status).toBe(0);
    expect(problemLines(run.stdout)).toEqual([
      'warning: figures.json · record population-uzbekistan · field source.quote: quote matches the article only after whitespace is normalised',
    ]);
  });
});
