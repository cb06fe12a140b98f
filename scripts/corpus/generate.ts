import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countriesFileSchema } from '../../src/data/schema';
import { readTextFile } from '../lib/readText';
import { type CorpusOptions, corpusCounts, generateCorpus } from './corpus';
import { writeDataset } from './writeDataset';

// npm run corpus -- --out <dir> [--articles 1000] [--projects 2000] [--seed 1]
// Writes a decade of synthetic news (2015–2025) as a complete data folder that validates clean:
// articles in several house styles, figures of every kind, events, projects and places.
// Deterministic: the same options give the same bytes.

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    projects: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

const whole = (name: string, text: string | undefined, min: number): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return value;
};

if (values.out === undefined) {
  console.error('usage: npm run corpus -- --out <dir> [--articles 1000] [--projects 2000] [--seed 1]');
  process.exit(2);
}
const out = resolve(values.out);
const countriesText = readTextFile(resolve('data/countries.json'));
countriesFileSchema.parse(JSON.parse(countriesText));
const options: CorpusOptions = {
  articles: whole('articles', values.articles, 1),
  projects: whole('projects', values.projects, 0),
  seed: whole('seed', values.seed, 0),
};

const started = performance.now();
const files = generateCorpus(options, countriesText);
let bytes: number;
try {
  bytes = writeDataset(out, files);
} catch (error) {
  console.error(`corpus: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const counts = corpusCounts(options);
console.log(
  `corpus: wrote ${counts.articles} articles, ${counts.figures} figures, ${counts.events} events, ${counts.projects} projects and ${counts.places} places (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${seconds} s`,
);
