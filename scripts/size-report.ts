import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  type Asset,
  type AssetLoad,
  checkBudgets,
  findWholesaleD3,
  formatKB,
  type SourceFile,
} from './lib/budgets';
import { classifyAssets } from './lib/budgetsDist';
import { markdownTable, replaceSection, textTable } from './lib/budgetsReport';

// npm run size: builds, then measures every file of dist/ (raw and gzip -9), marks what the
// first view loads, and checks the budgets. Exits 1 naming each budget missed and its assets.
//   tsx scripts/size-report.ts [dist] [--src src] [--first-view-lazy <regex>] [--record docs/BENCHMARKS.md]

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    src: { type: 'string', default: 'src' },
    // Lazy chunks the first view loads at once: the app itself (src/app/start.tsx, run after the
    // first paint, and the store selectors it shares with the panels), the map panel (and Leaflet,
    // its CSS) and the charts panel. Each chart's own code (tradeSpec, SpecChart, ...) loads as its
    // place nears the viewport, below the fold at 1440×900 and 390×844 (checked in Chromium).
    'first-view-lazy': { type: 'string', default: 'map|leaflet|ChartsPanel|start|selectors' },
    record: { type: 'string' },
  },
});
const dist = resolve(positionals[0] ?? 'dist');

// The build's gzip twins (scripts/lib/precompress.ts) are the same files in transit: each is
// counted once, as its original, gzipped here at level 9 as the twin is.
const walk = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.gz'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();

let files: string[];
try {
  files = walk(dist);
} catch {
  console.error(`size-report: ${dist} does not exist; run vite build first (npm run size does both)`);
  process.exit(2);
}
const readText = (file: string) => readFileSync(join(dist, file), 'utf8');
const pattern = new RegExp(values['first-view-lazy'], 'i');
const assets: Asset[] = classifyAssets(files, readText, pattern).map(({ file, type, load }) => {
  const bytes = readFileSync(join(dist, file));
  return { file, type, load, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});

const ORDER: AssetLoad[] = ['critical', 'first-view-lazy', 'lazy', 'unused'];
assets.sort((a, b) => ORDER.indexOf(a.load) - ORDER.indexOf(b.load) || b.gzip - a.gzip);
const header = ['asset', 'type', 'load', 'raw', 'gzip'];
const align = ['left', 'left', 'left', 'right', 'right'] as const;
const rows = assets.map((a) => [a.file, a.type, a.load, formatKB(a.raw), formatKB(a.gzip)]);
for (const load of ORDER) {
  const group = assets.filter((a) => a.load === load);
  if (group.length === 0) continue;
  const sum = (key: 'raw' | 'gzip') => formatKB(group.reduce((total, a) => total + a[key], 0));
  rows.push([
    `total ${load}`,
    '',
    `${group.length} file${group.length === 1 ? '' : 's'}`,
    sum('raw'),
    sum('gzip'),
  ]);
}
console.log(textTable(header, rows, align));
console.log('');

const results = checkBudgets(assets);
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.message}`);

const sourceFiles = (dir: string): SourceFile[] =>
  walk(dir)
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file))
    .map((file) => ({
      path: `${relative(process.cwd(), dir) || '.'}/${file}`,
      text: readFileSync(join(dir, file), 'utf8'),
    }));
const wholesale = findWholesaleD3(sourceFiles(resolve(values.src)));
for (const hit of wholesale)
  console.log(
    `FAIL wholesale d3 import in ${hit.path}:${hit.line}: ${hit.text} (import named functions from d3-* modules)`,
  );
if (wholesale.length === 0) console.log(`ok   no wholesale d3 import in ${values.src}/`);

if (values.record !== undefined) {
  const doc = (() => {
    try {
      return readFileSync(values.record, 'utf8');
    } catch {
      return '# Benchmarks\n';
    }
  })();
  const budgetLines = results.map((r) => `- ${r.ok ? 'within budget' : '**over budget**'}: ${r.message}`);
  budgetLines.push(
    wholesale.length === 0
      ? `- no wholesale d3 import in ${values.src}/`
      : `- **wholesale d3 import** in ${wholesale.map((hit) => `${hit.path}:${hit.line}`).join(', ')}`,
  );
  const body = [
    `Measured by \`npm run size\` on ${new Date().toISOString().slice(0, 10)} (gzip level 9, 1 KB = 1000 bytes).`,
    '',
    markdownTable(header, rows, align),
    '',
    ...budgetLines,
  ].join('\n');
  writeFileSync(values.record, replaceSection(doc, 'Bundle size', body));
  console.log(`\nsize-report: recorded in ${values.record}`);
}
process.exitCode = results.every((r) => r.ok) && wholesale.length === 0 ? 0 : 1;
