import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataFile } from '../src/data/dataFiles';
import { countryFinder } from '../src/data/extract/countryFinder';
import { type CorpusPage, evaluate, formatEvaluation } from './lib/extractEval';

// npm run extract:eval [-- <pages folder> …]
// Runs ingest and extract on every labelled page (<name>.txt with <name>.expected.json) of the
// folders (by default the in-sample corpus: test/fixtures/pages and its round3 pages) and prints
// precision and recall per field over them, then one line per miss.

const IN_SAMPLE = ['test/fixtures/pages', 'test/fixtures/pages/round3'];
const dirs = process.argv.length > 2 ? process.argv.slice(2) : IN_SAMPLE;
const pages: CorpusPage[] = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')).articles;
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), expected };
    }),
);
const countries = parseDataFile('countries', readFileSync('data/countries.json', 'utf8'));
if (!countries.ok) throw new Error('data/countries.json does not validate');
console.log(`extract:eval: ${pages.length} labelled page(s) in ${dirs.join(', ')}\n`);
process.stdout.write(formatEvaluation(evaluate(pages, countryFinder(countries.data))));
