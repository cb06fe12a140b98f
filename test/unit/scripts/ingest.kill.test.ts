// @vitest-environment node
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseArticle } from '../../../src/data/articleFile';
import { splitPage } from '../../../src/data/page/splitPage';
import { FIXTURES } from '../data/fixtureDataset';
import { runScript, startScript, tempDirs } from './runScript';

// SIGKILL cannot be caught: these tests kill ingest part-way through replacing files and check
// that every file is still whole, old or new, never a mix or a stump.

const tempDir = tempDirs('crossroads-kill-');

const SEED = join(FIXTURES, 'pages', '000_4a1401c1b7de3673.txt');
const TEMP = /^\.(.+\.md)\.\d+-[0-9a-f]{8}\.tmp$/;
const LOCK = '.ingest.lock';

/** What ingest writes for a page: file name → text. */
function expected(page: string, name: string): Map<string, string> {
  return new Map(splitPage(page, name).map((a) => [`${a.id}.md`, serialiseArticle(a)]));
}

/** A page like the seed, with every related article's body replaced by `size` characters. */
function syntheticPage(articles: number, size: number, version: string): string {
  const para = `${version} paragraph about the corridor, repeated to make the file large. `.repeat(8);
  const body = Array.from({ length: Math.ceil(size / para.length) }, () => para.trim()).join('\n\n');
  const blocks = Array.from(
    { length: articles },
    (_, k) =>
      `Wire Service\n${k + 1} hours ago\n- Wire Service\nSynthetic article number ${k + 1}\n${body}\n`,
  );
  return `Synthetic lead\n${version} lead paragraph.\nRelated Articles\n\n${blocks.join('\n\n')}`;
}

/**
 * Runs ingest with --force, paused before renames as `pause` says (a hook passed in by
 * ingestWithHooks.ts), and SIGKILLs it once `ready` says so; resolves with how it ended.
 */
function killWhen(args: string[], pause: object, ready: (out: string, err: string) => boolean) {
  return new Promise<NodeJS.Signals | null>((resolve, reject) => {
    const spec = JSON.stringify({ at: 'beforeRename', ...pause });
    const child = startScript('test/unit/scripts/ingestWithHooks.ts', [spec, ...args, '--force']);
    let out = '';
    let err = '';
    const check = () => {
      if (child.exitCode === null && child.signalCode === null && ready(out, err)) child.kill('SIGKILL');
    };
    child.stdout?.on('data', (d) => {
      out += d;
      check();
    });
    child.stderr?.on('data', (d) => {
      err += d;
      check();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

function classify(out: string, before: Map<string, string>, after: Map<string, string>) {
  const old: string[] = [];
  const fresh: string[] = [];
  const temps: string[] = [];
  for (const name of readdirSync(out)) {
    if (name === LOCK) continue;
    if (TEMP.test(name)) {
      temps.push(name);
      continue;
    }
    const text = readFileSync(join(out, name), 'utf8');
    if (text === after.get(name)) fresh.push(name);
    else if (text === before.get(name)) old.push(name);
    else throw new Error(`${name} is neither the old nor the new version (${text.length} chars)`);
  }
  return { old, fresh, temps };
}

describe('ingest killed mid-write', { timeout: 120_000 }, () => {
  it('leaves every file whole when killed between writing a temp file and renaming it', async () => {
    const out = tempDir();
    const newPage = readFileSync(SEED, 'utf8');
    const after = expected(newPage, 'page.txt');
    // The old versions: what an earlier page gave, for each of the four files.
    const before = new Map(
      [...after].map(([name, text]) => [name, text.replace(/\n\n/, '\n\nAn older paragraph.\n\n')]),
    );
    for (const [name, text] of before) writeFileSync(join(out, name), text);
    const page = join(tempDir(), 'page.txt');
    writeFileSync(page, newPage);

    // The hook lets the first file through, then holds the second between temp file and rename
    // and says so: the kill lands there, after one rename and before the next.
    const signal = await killWhen([page, '--out', out], { from: 2, ms: 60_000 }, (_out, err) =>
      err.includes('paused before renaming'),
    );
    expect(signal).toBe('SIGKILL');
    const state = classify(out, before, after);
    expect(state.fresh).toEqual(['chinas-xi-in-kazakhstan-to-cement-central-asia-ties.md']);
    expect(state.old.sort()).toEqual([
      'fear-deepens-in-tehran-as-israel-targets-the-city.md',
      'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran.md',
      'trump-says-eu-not-offering-fair-deal-on-trade.md',
    ]);
    // The interrupted write survives only as a hidden temp file, complete, beside its target.
    expect(state.temps).toHaveLength(1);
    const [temp = ''] = state.temps;
    expect(temp).toMatch(/^\.trump-says-eu-not-offering-fair-deal-on-trade\.md\./);
    expect(readFileSync(join(out, temp), 'utf8')).toBe(
      after.get('trump-says-eu-not-offering-fair-deal-on-trade.md'),
    );

    // The next run finishes the job and clears the leftover.
    const rerun = runScript('scripts/ingest.ts', [page, '--out', out, '--force']);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`${LOCK} (left by an interrupted run)`);
    expect(rerun.stdout).toMatch(/\.tmp \(left by an interrupted run\)/);
    const done = classify(out, before, after);
    expect(done.fresh).toHaveLength(4);
    expect(done.temps).toEqual([]);
    expect(readdirSync(out)).not.toContain(LOCK);
  });

  it('leaves every file whole when a large page is killed part-way through', async () => {
    const out = tempDir();
    const oldPage = syntheticPage(24, 250_000, 'Old');
    const newPage = syntheticPage(24, 250_000, 'New');
    const before = expected(oldPage, 'big.txt');
    const after = expected(newPage, 'big.txt');
    for (const [name, text] of before) writeFileSync(join(out, name), text);
    const page = join(tempDir(), 'big.txt');
    writeFileSync(page, newPage);

    // A short pause per file keeps the run going long enough that the kill lands mid-run.
    const signal = await killWhen([page, '--out', out], { ms: 40 }, (stdout) => /^replaced /m.test(stdout));
    expect(signal).toBe('SIGKILL');
    const state = classify(out, before, after);
    expect(state.fresh.length).toBeGreaterThanOrEqual(1);
    expect(state.old.length).toBeGreaterThanOrEqual(1);
    expect(state.fresh.length + state.old.length).toBe(25);
    expect(state.temps.length).toBeLessThanOrEqual(1);
  });
});
