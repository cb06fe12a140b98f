import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/data/articleFile';
import { namesByCode } from '../src/data/countryNames';
import { parseDataFile } from '../src/data/dataFiles';
import { countryFinder } from '../src/data/extract/countryFinder';
import { draftArticle } from '../src/data/extract/draftArticle';
import { draftProjectFacts, formatProjectFacts } from '../src/data/extract/projectFacts';
import { extractCandidates, unmatchedFigures } from '../src/data/extract/recordedNumbers';
import { formatProblem } from '../src/data/problem';
import type { Article, Figure, TimelineEvent } from '../src/data/schema';
import { formatDraft } from './lib/extractDraftFormat';
import { candidatesJson, candidatesTable } from './lib/extractFormat';
import { readTextFile } from './lib/readText';

// npm run extract -- <article.md> [--json | --draft [--published yyyy-mm-dd]] [--figures data/figures.json] [--events data/events.json]
// Lists the numbers an article states (money, counts, percentages, quantities, dates), each with
// its sentence, and marks those the data already records. --draft prints figure records ready to
// paste into figures.json, and the fields it guessed; "last year" and "in the first quarter" are
// read against the article's date, or --published when the article has none. Reads only.

const USAGE =
  'usage: npm run extract -- <article.md> [--json | --draft [--published yyyy-mm-dd]] [--figures data/figures.json] [--events data/events.json] [--countries data/countries.json]';

class CliError extends Error {}

function readArticle(path: string): Article {
  const parsed = parseArticle(basename(path), readTextFile(path));
  if (!parsed.ok)
    throw new CliError(`${path}: not a readable article\n${parsed.problems.map(formatProblem).join('\n')}`);
  return parsed.article;
}

function readRecords<K extends 'figures' | 'events' | 'countries' | 'projects'>(key: K, path: string) {
  const parsed = parseDataFile(key, readTextFile(path));
  if (!parsed.ok) throw new CliError(`${path}:\n${parsed.problems.map(formatProblem).join('\n')}`);
  return parsed.data;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      figures: { type: 'string', default: 'data/figures.json' },
      events: { type: 'string', default: 'data/events.json' },
      countries: { type: 'string', default: 'data/countries.json' },
      projects: { type: 'string', default: 'data/projects.geojson' },
      draft: { type: 'boolean', default: false },
      published: { type: 'string' },
    },
  });
  const [path] = positionals;
  if (path === undefined || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const article = readArticle(path);
  if (values.draft) {
    const countries = readRecords('countries', values.countries);
    const names = namesByCode(countries);
    const existingIds = new Set(readRecords('figures', values.figures).figures.map((f) => f.id));
    const groupCodes = new Set(countries.groups.map((g) => g.code));
    const { candidates: _, ...draft } = draftArticle(article, values.published ?? article.published, {
      findCountries: countryFinder(countries),
      names,
      existingIds,
      groupCodes,
    });
    // Project facts (dates, financiers, cost links) proposed from the same sentences.
    const projectFacts = draftProjectFacts(
      article,
      readRecords('projects', values.projects).features,
      draft.figures,
    );
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ ...draft, projectFacts }, null, 2)}\n`
        : formatDraft(path, draft) + formatProjectFacts(projectFacts),
    );
    return 0;
  }
  const figures: Figure[] = readRecords('figures', values.figures).figures;
  const events: TimelineEvent[] = readRecords('events', values.events).events;
  const countries = readRecords('countries', values.countries);
  const candidates = extractCandidates(article, figures, events, { findCountries: countryFinder(countries) });
  if (values.json) process.stdout.write(candidatesJson(candidates));
  else
    process.stdout.write(candidatesTable(path, candidates, unmatchedFigures(article, figures, candidates)));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
  // A misspelt option is a usage error (2); a bad file is a failure (1).
  const usage = String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
  if (usage) console.error(USAGE);
  process.exitCode = usage ? 2 : 1;
}
