import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countriesFileSchema } from '../../src/data/schema';
import { readTextFile } from '../lib/readText';
import { wholeNumber, writeOrExit } from './cli';
import { type CorpusOptions, corpusCounts, generateCorpus } from './corpus';

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

if (values.out === undefined) {
  console.error('usage: npm run corpus -- --out <dir> [--articles 1000] [--projects 2000] [--seed 1]');
  process.exit(2);
}
const out = resolve(values.out);
const countriesText = readTextFile(resolve('data/countries.json'));
countriesFileSchema.parse(JSON.parse(countriesText));
const options: CorpusOptions = {
  articles: wholeNumber('articles', values.articles, 1),
  projects: wholeNumber('projects', values.projects, 0),
  seed: wholeNumber('seed', values.seed, 0),
};

const started = performance.now();
const files = generateCorpus(options, countriesText);
const bytes = writeOrExit('corpus', out, files);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const counts = corpusCounts(options);
console.log(
  `corpus: wrote ${counts.articles} articles, ${counts.figures} figures, ${counts.events} events, ${counts.projects} projects and ${counts.places} places (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${seconds} s`,
);
