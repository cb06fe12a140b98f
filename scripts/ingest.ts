import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle, serialiseArticle } from '../src/data/articleFile';
import { formatProblem } from '../src/data/problem';
import { writeFileAtomic } from './lib/atomicWrite';
import { formatDropped } from './lib/ingestExplain';
import { readTextFile } from './lib/readText';
import { explainPage, PageFormatError } from './lib/splitPage';

// npm run ingest -- <page.txt> [--out data/articles] [--force] [--title "<headline>"] [--explain]
// Splits a scraped page into data/articles/<slug>.md. Nothing is written unless every article
// parses, and no existing file is replaced with different content unless --force is given.

/** Temp files of our targets left by a run that was killed before its rename (see atomicWrite). */
function removeLeftoverTemps(dir: string, targets: Set<string>): void {
  for (const name of readdirSync(dir)) {
    const target = /^\.(.+\.md)\.[0-9a-f]{12}\.tmp$/.exec(name)?.[1];
    if (target === undefined || !targets.has(target)) continue;
    rmSync(join(dir, name), { force: true });
    console.log(`removed  ${join(dir, name)} (left by an interrupted run)`);
  }
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'data/articles' },
      force: { type: 'boolean', default: false },
      title: { type: 'string' },
      explain: { type: 'boolean', default: false },
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
  const text = readTextFile(page);
  let split: ReturnType<typeof explainPage>;
  try {
    split = explainPage(text, basename(page), values.title === undefined ? {} : { title: values.title });
  } catch (error) {
    if (error instanceof PageFormatError)
      throw new Error(`${page}: cannot parse the page at ${error.message}`);
    throw error;
  }
  const { articles } = split;
  for (const note of split.notes) console.error(`ingest: ${page}: ${note}`);
  if (values.explain) process.stdout.write(formatDropped(page, split.dropped));
  const planned = articles.map((article) => {
    const text = serialiseArticle(article);
    const path = join(values.out, `${article.id}.md`);
    // The file we write must read back as the same article: catches titles the schema refuses.
    const check = parseArticle(`${article.id}.md`, text);
    if (!check.ok) throw new Error(check.problems.map(formatProblem).join('\n'));
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
    return { path, text, state: existing === null ? 'new' : existing === text ? 'same' : 'changed' };
  });
  const conflicts = planned.filter((p) => p.state === 'changed');
  if (conflicts.length > 0 && !values.force) {
    console.error(
      'ingest: these files exist with different content; nothing was written (use --force to replace them):',
    );
    for (const c of conflicts) console.error(`  ${c.path}`);
    return 1;
  }
  mkdirSync(values.out, { recursive: true });
  removeLeftoverTemps(values.out, new Set(planned.map((p) => basename(p.path))));
  const written: string[] = [];
  for (const p of planned) {
    try {
      if (p.state !== 'same') writeFileAtomic(p.path, p.text);
    } catch (error) {
      // Each file is whole (old or new), but the run stopped part-way: say exactly what changed.
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`ingest: could not write ${p.path} (${reason}); it is unchanged.`);
      console.error(written.length > 0 ? `Already written: ${written.join(', ')}` : 'Nothing was written.');
      return 1;
    }
    if (p.state !== 'same') written.push(p.path);
    console.log(`${p.state === 'same' ? 'unchanged' : p.state === 'new' ? 'wrote' : 'replaced'}  ${p.path}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}\nNothing was written.`);
  process.exitCode = 1;
}
