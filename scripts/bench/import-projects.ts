import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { markdownTable, replaceSection } from '../lib/budgetsReport';
import { importProjects } from '../lib/importProjects/run';
import { sampleTable } from '../lib/importProjects/sampleTable';
import { quantile } from './stats';

// npm run bench:import [-- --rows 21000 --runs 3]
// Times npm run import:projects on a made-up GCDF-layout table of --rows rows (the sample
// generator of the test fixture), into a fresh copy of data/ each run, then a re-import of the
// same file (which writes nothing). Medians of --runs; the table goes under "Project import" in
// docs/BENCHMARKS.md.

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '21000' },
    runs: { type: 'string', default: '3' },
    doc: { type: 'string', default: 'docs/BENCHMARKS.md' },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'crossroads-import-bench-'));
const table = sampleTable({ rows });
writeFileSync(join(work, 'table.csv'), table.csv);
writeFileSync(join(work, 'geometry.geojson'), table.geojson);

const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
const first: number[] = [];
const again: number[] = [];
let added = 0;
const loadBefore = loadavg()[0] ?? 0;
try {
  for (let i = 0; i < runs; i++) {
    const out = join(work, `data-${i}`);
    cpSync('data', out, { recursive: true });
    const options = {
      csv: join(work, 'table.csv'),
      geometry: join(work, 'geometry.geojson'),
      out,
      dryRun: false,
    };
    first.push(time(() => (added = importProjects(options).plan.added.length)));
    again.push(time(() => importProjects(options)));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const body = [
  `\`npm run bench:import -- --rows ${rows} --runs ${runs}\`: a GCDF-layout table of ${rows.toLocaleString('en')} rows`,
  `(${table.csv.length.toLocaleString('en')} bytes, ${added.toLocaleString('en')} of them imported; the rest skipped as`,
  'bad rows, duplicates, cancelled loans, sectors with no project kind or countries not in countries.json)',
  `and its geometry file, into a fresh copy of data/. Load average before the runs: ${loadBefore.toFixed(2)}`,
  '(2 cores, shared with other work). Target: under 30 s.',
  '',
  markdownTable(
    ['run', 'median', 'slowest'],
    [
      ['first import (writes projects.geojson)', s(quantile(first, 0.5)), s(Math.max(...first))],
      ['re-import of the same file (writes nothing)', s(quantile(again, 0.5)), s(Math.max(...again))],
    ],
    ['left', 'right', 'right'],
  ),
].join('\n');
console.log(body);
writeFileSync(values.doc, replaceSection(readFileSync(values.doc, 'utf8'), 'Project import', body));
