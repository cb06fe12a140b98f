import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countriesFileSchema } from '../../src/data/schema';
import { wholeNumber, writeOrExit } from '../corpus/cli';
import { generateDataset } from '../corpus/dataset';
import { readTextFile } from '../lib/readText';

// npm run bench:generate -- --projects 10000 --figures 10000 --places 500 --out .bench/data-10k
// Writes a complete, valid data folder of synthetic records for benchmarks. Deterministic: the
// same options and --seed give the same bytes.

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '1000' },
    figures: { type: 'string', default: '10000' },
    places: { type: 'string', default: '500' },
    events: { type: 'string', default: '300' },
    articles: { type: 'string' },
    seed: { type: 'string', default: '1' },
    countries: { type: 'string', default: 'data/countries.json' },
    out: { type: 'string' },
    pretty: { type: 'boolean', default: false },
  },
});

const count = (name: string, text: string | undefined): number => wholeNumber(name, text);

if (values.out === undefined) {
  console.error(
    'usage: tsx scripts/bench/generate.ts --out <dir> [--projects N] [--figures N] [--places N] [--events N] [--articles N] [--seed N] [--pretty]',
  );
  process.exit(2);
}
const out = resolve(values.out);
const countriesText = readTextFile(resolve(values.countries));
countriesFileSchema.parse(JSON.parse(countriesText));

const started = performance.now();
const files = generateDataset({
  projects: count('projects', values.projects),
  figures: count('figures', values.figures),
  places: count('places', values.places),
  events: count('events', values.events),
  ...(values.articles === undefined ? {} : { articles: Math.max(1, count('articles', values.articles)) }),
  seed: count('seed', values.seed),
  countriesText,
  pretty: values.pretty,
});
const bytes = writeOrExit('generate', out, files);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const articles = [...files.keys()].filter((path) => path.startsWith('articles/')).length;
console.log(
  `generate: wrote ${files.size} files (${articles} articles, ${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${seconds} s`,
);
