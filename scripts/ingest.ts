import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { htmlToText, isHtmlPage } from '../src/data/page/htmlText';
import { explainPage, PageFormatError } from '../src/data/page/splitPage';
import { formatDropped } from './lib/ingestExplain';
import { formulaTitleWarnings, type IngestHooks, withPortableId, writeArticles } from './lib/ingestWrite';
import { readTextFile } from './lib/readText';

// npm run ingest -- <page.txt> [--out data/articles] [--force] [--title "<headline>"] [--explain]
//   [--publisher "<name>"] [--published yyyy-mm-dd]   (for the lead article, when the page lacks them)
// Splits a scraped page into data/articles/<slug>.md. Nothing is written unless every article
// parses, and no existing file is replaced with different content unless --force is given.

/** The CLI, callable with hooks by tests that run it as a real process (test/unit/scripts/ingestWithHooks.ts). */
export function main(argv: string[], hooks: IngestHooks = {}): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'data/articles' },
      force: { type: 'boolean', default: false },
      title: { type: 'string' },
      explain: { type: 'boolean', default: false },
      publisher: { type: 'string' },
      published: { type: 'string' },
    },
  });
  const [page] = positionals;
  if (page === undefined || positionals.length > 1) {
    console.error(
      'usage: npm run ingest -- <page.txt> [--out data/articles] [--force] [--title "<headline>"] [--explain]',
    );
    return 2;
  }
  if (existsSync(values.out) && !statSync(values.out).isDirectory())
    throw new Error(`--out ${values.out} is a file, not a folder`);
  // A page saved from a browser as HTML is read as its text, as the workbench reads it.
  const raw = readTextFile(page);
  const text = isHtmlPage(page, raw) ? htmlToText(raw) : raw;
  let split: ReturnType<typeof explainPage>;
  try {
    split = explainPage(text, basename(page), values.title === undefined ? {} : { title: values.title });
  } catch (error) {
    if (error instanceof PageFormatError)
      throw new Error(`${page}: cannot parse the page at ${error.message}`);
    throw error;
  }
  const { articles } = split;
  const [lead] = articles;
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    throw new Error(`--published takes a date as yyyy-mm-dd, not "${values.published}"`);
  // Given by the curator (the workbench's fields): they replace what the page itself said.
  if (lead !== undefined && values.publisher !== undefined) lead.publisher = values.publisher;
  if (lead !== undefined && values.published !== undefined) lead.published = values.published;
  for (const note of split.notes) console.error(`ingest: ${page}: ${note}`);
  if (values.explain) process.stdout.write(formatDropped(page, split.dropped));
  for (const warning of formulaTitleWarnings(articles)) console.error(`ingest: ${page}: warning: ${warning}`);
  return writeArticles(values.out, articles.map(withPortableId), { force: values.force, hooks });
}

/** Runs the CLI; exits non-zero with the reason on any failure. */
export function run(argv: string[], hooks: IngestHooks = {}): void {
  try {
    process.exitCode = main(argv, hooks);
  } catch (error) {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}\nNothing was written.`);
    process.exitCode = 1;
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) run(process.argv.slice(2));
