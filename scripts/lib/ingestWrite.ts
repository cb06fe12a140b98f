import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle, serialiseArticle } from '../../src/data/articleFile';
import { formatProblem } from '../../src/data/problem';
import type { Article } from '../../src/data/schema';
import { parseTempName, type WriteHooks, writeFileAtomic } from './atomicWrite';
import { isAlive, LOCK_NAME, lockFolder } from './folderLock';

// The writing half of ingest: plan every file, refuse on conflict before writing any, then write
// each atomically. All of it runs under the folder's lock, so a concurrent ingest plans only after
// this one has written, and "never overwrite without --force" holds for two runs at once too.

/** Names Windows reserves for devices, whatever the extension: con.md cannot exist there. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** The article with an id that can be a file name on every system: "con" becomes "con-article". */
export function withPortableId(article: Article): Article {
  return RESERVED.test(article.id) ? { ...article, id: `${article.id}-article` } : article;
}

/** Cells starting with these are read as formulas by spreadsheets (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A warning for each title a spreadsheet would run as a formula when it reaches a CSV. */
export function formulaTitleWarnings(articles: readonly Article[]): string[] {
  return articles
    .filter((a) => FORMULA_START.test(a.title))
    .map(
      (a) =>
        `the title of ${a.id} starts with ${JSON.stringify(a.title[0])}, which a spreadsheet reads as a formula: check the page (CSV downloads neutralise it)`,
    );
}

/** Temp files of our targets left by a run that died before its rename; never another live run's. */
function removeLeftoverTemps(dir: string, targets: Set<string>): void {
  for (const name of readdirSync(dir)) {
    const temp = parseTempName(name);
    if (temp === null || !targets.has(temp.target) || isAlive(temp.pid)) continue;
    rmSync(join(dir, name), { force: true });
    console.log(`removed  ${join(dir, name)} (left by an interrupted run)`);
  }
}

/** Tests pass hooks in to pause or kill a run at an exact step; the CLI passes none. */
export type IngestHooks = WriteHooks & {
  /** Runs once the folder's lock is taken, before anything is planned. */
  whileLocked?: () => void;
};

interface WriteOptions {
  force: boolean;
  hooks?: IngestHooks;
}

/** Writes the articles into `out`; returns the exit code. */
export function writeArticles(
  out: string,
  articles: readonly Article[],
  { force, hooks = {} }: WriteOptions,
): number {
  mkdirSync(out, { recursive: true });
  const release = lockFolder(out, {
    onWait: (pid) =>
      console.error(`ingest: waiting for another ingest (process ${pid}) to finish with ${out}`),
    onStale: () => console.log(`removed  ${join(out, LOCK_NAME)} (left by an interrupted run)`),
  });
  try {
    hooks.whileLocked?.();
    return planAndWrite(out, articles, force, hooks);
  } finally {
    release();
  }
}

function planAndWrite(out: string, articles: readonly Article[], force: boolean, hooks: WriteHooks): number {
  const planned = articles.map((article) => {
    const text = serialiseArticle(article);
    const path = join(out, `${article.id}.md`);
    // The file we write must read back as the same article: catches titles the schema refuses.
    const check = parseArticle(`${article.id}.md`, text);
    if (!check.ok) throw new Error(check.problems.map(formatProblem).join('\n'));
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
    return { path, text, state: existing === null ? 'new' : existing === text ? 'same' : 'changed' };
  });
  const conflicts = planned.filter((p) => p.state === 'changed');
  if (conflicts.length > 0 && !force) {
    console.error(
      'ingest: these files exist with different content; nothing was written (use --force to replace them):',
    );
    for (const c of conflicts) console.error(`  ${c.path}`);
    return 1;
  }
  removeLeftoverTemps(out, new Set(planned.map((p) => basename(p.path))));
  const written: string[] = [];
  for (const p of planned) {
    try {
      if (p.state !== 'same') writeFileAtomic(p.path, p.text, hooks);
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
