// @vitest-environment node
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDir } from '../../../scripts/lib/validateDir';
import { FIXTURES } from '../data/fixtureDataset';
import { runScript, startScript, tempDirs } from './runScript';

// Two real ingest processes into one folder. The first is held, by a hook the test passes in, with
// its temp file written and not yet renamed; the second starts meanwhile.

const tempDir = tempDirs('crossroads-race-');

const PAGES = join(FIXTURES, 'ingest');
const SLUG = 'aktau-port-adds-a-second-ferry-berth.md';

/** Starts a process and resolves its exit code and output; `until` resolves once stderr matches. */
function started(script: string, args: string[]) {
  const child = startScript(script, args);
  let stdout = '';
  let stderr = '';
  const waiters: [RegExp, () => void][] = [];
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
    for (const [pattern, resolve] of waiters) if (pattern.test(stderr)) resolve();
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const until = (pattern: RegExp) =>
    new Promise<void>((resolve) => (pattern.test(stderr) ? resolve() : waiters.push([pattern, resolve])));
  return { exited, until };
}

describe('ingest runs at the same time', { timeout: 120_000 }, () => {
  it('the second waits for the first, keeps its temp file, then refuses to overwrite without --force', async () => {
    const out = tempDir();
    const release = join(tempDir(), 'release');
    const spec = JSON.stringify({ at: 'beforeRename', untilFile: release });
    const first = started('test/unit/scripts/ingestWithHooks.ts', [
      spec,
      join(PAGES, 'race-first.txt'),
      '--out',
      out,
    ]);
    await first.until(/hook: paused before renaming/);
    const temps = () => readdirSync(out).filter((n) => n.endsWith('.tmp'));
    expect(temps()).toHaveLength(1);

    const second = started('scripts/ingest.ts', [join(PAGES, 'race-second.txt'), '--out', out]);
    await second.until(/waiting for another ingest \(process \d+\)/);
    // The live temp file of the first run is untouched while the second waits.
    expect(temps()).toHaveLength(1);
    expect(existsSync(join(out, SLUG))).toBe(false);
    writeFileSync(release, '');

    const [a, b] = await Promise.all([first.exited, second.exited]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(`wrote  ${join(out, SLUG)}`);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('exist with different content; nothing was written');
    expect(readFileSync(join(out, SLUG), 'utf8')).toContain('its operator said');
    expect(readdirSync(out)).toEqual([SLUG]);
  });
});

describe('ingest input it must refuse or adjust', { timeout: 60_000 }, () => {
  it('refuses a page with a NUL byte, saying where, and writes nothing', () => {
    const out = join(tempDir(), 'articles');
    const run = runScript('scripts/ingest.ts', [join(PAGES, 'nul-byte.txt'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the file contains a NUL character (U+0000) on line 2');
    expect(existsSync(out)).toBe(false);
  });

  it('adds a suffix to a name Windows reserves (con, aux), and the files validate', () => {
    const out = join(tempDir(), 'articles');
    const run = runScript('scripts/ingest.ts', [join(PAGES, 'reserved-names.txt'), '--out', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['aux-article.md', 'con-article.md']);
    expect(readFileSync(join(out, 'con-article.md'), 'utf8')).toMatch(/^id: "con-article"\ntitle: "Con"$/m);
    const problems = validateDir(join(out, '..')).problems.filter((p) => p.file.startsWith('articles/'));
    expect(problems).toEqual([]);
  });

  it('warns on a title a spreadsheet would run as a formula, and still writes it verbatim', () => {
    const out = tempDir();
    const run = runScript('scripts/ingest.ts', [join(PAGES, 'formula-title.txt'), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'warning: the title of importxml-http-example-invalid-feed-a starts with "=", which a spreadsheet reads as a formula',
    );
    expect(readFileSync(join(out, 'importxml-http-example-invalid-feed-a.md'), 'utf8')).toContain(
      'title: "=IMPORTXML(\\"http://example.invalid/feed\\", \\"//a\\")"',
    );
  });
});
