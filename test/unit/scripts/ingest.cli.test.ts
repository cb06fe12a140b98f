// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from '../data/fixtureDataset';
import { runScript } from './runScript';

const SEED_NAME = '000_4a1401c1b7de3673.txt';
const SEED = join(FIXTURES, 'pages', SEED_NAME);
const COMMITTED = join(REPO, 'data', 'articles');
const NAMES = readdirSync(COMMITTED).sort();

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-ingest-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the seed page in another encoding or with other line ends, under the seed's own name. */
function seedAs(bytes: Buffer): string {
  const path = join(tempDir(), SEED_NAME);
  writeFileSync(path, bytes);
  return path;
}

const ingest = (page: string, out: string, ...flags: string[]) =>
  runScript('scripts/ingest.ts', [page, '--out', out, ...flags]);

function expectSameAsCommitted(out: string) {
  expect(readdirSync(out).sort()).toEqual(NAMES);
  for (const name of NAMES) {
    expect(readFileSync(join(out, name)).equals(readFileSync(join(COMMITTED, name))), name).toBe(true);
  }
}

// Each run starts a TypeScript process: seconds, not milliseconds, on a two-core machine.
describe('ingest CLI', { timeout: 60_000 }, () => {
  it('reproduces the committed data/articles byte for byte', () => {
    const out = join(tempDir(), 'articles');
    const run = runScript('scripts/ingest.ts', [SEED, '--out', out], { npx: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
    expect(run.stdout).toMatch(/^wrote {2}.*chinas-xi-in-kazakhstan-to-cement-central-asia-ties\.md$/m);
    expectSameAsCommitted(out);
  });

  it('is idempotent: a second run reports every file unchanged and touches none', () => {
    const out = tempDir();
    expect(ingest(SEED, out).status).toBe(0);
    const before = NAMES.map((n) => statSync(join(out, n), { bigint: true }));
    const run = ingest(SEED, out);
    expect(run.status).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .every((l) => l.startsWith('unchanged  ')),
    ).toBe(true);
    NAMES.forEach((n, i) => {
      const after = statSync(join(out, n), { bigint: true });
      expect(after.mtimeNs, n).toBe(before[i]?.mtimeNs);
      expect(after.ino, n).toBe(before[i]?.ino);
    });
  });

  it('never replaces a file with different content without --force, and then writes nothing at all', () => {
    const out = tempDir();
    const edited = join(out, 'trump-says-eu-not-offering-fair-deal-on-trade.md');
    writeFileSync(edited, 'a curator edited this\n');
    const run = ingest(SEED, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('these files exist with different content; nothing was written');
    expect(run.stderr).toContain(edited);
    expect(readFileSync(edited, 'utf8')).toBe('a curator edited this\n');
    expect(readdirSync(out)).toEqual(['trump-says-eu-not-offering-fair-deal-on-trade.md']);

    const forced = ingest(SEED, out, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/^replaced {2}.*trump-says-eu-not-offering-fair-deal-on-trade\.md$/m);
    expect(forced.stdout.match(/^wrote /gm)).toHaveLength(3);
    expectSameAsCommitted(out);
  });

  it('refuses a page it cannot parse, naming the line, and writes nothing', () => {
    const page = join(tempDir(), 'broken.txt');
    writeFileSync(page, 'Title\nBody.\nRelated Articles\n\nReuters\nlast week sometime\n- Reuters\nT\nB\n');
    const out = join(tempDir(), 'articles');
    const run = ingest(page, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${page}: cannot parse the page at line 6: expected a relative time after publisher "Reuters", found "last week sometime"`,
    );
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('gives identical output for CRLF line ends', () => {
    const out = tempDir();
    const crlf = readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n');
    expect(ingest(seedAs(Buffer.from(crlf, 'utf8')), out).status).toBe(0);
    expectSameAsCommitted(out);
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = readFileSync(SEED, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16(); // FF FE → FE FF, and every code unit big-endian
    for (const bytes of [le, be]) {
      const out = tempDir();
      const run = ingest(seedAs(bytes), out);
      expect(run.stderr).toBe('');
      expectSameAsCommitted(out);
    }
  });

  it('refuses bytes that are not UTF-8 (a Latin-1 page), saying where, and writes nothing', () => {
    const latin1 = Buffer.from(readFileSync(SEED, 'utf8').replace('Kremlin', 'Kremlin café'), 'latin1');
    const page = seedAs(latin1);
    const out = join(tempDir(), 'articles');
    const run = ingest(page, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the file is not valid UTF-8 \(byte 0xE9 on line 13\); it may be Latin-1/);
    expect(run.stderr).toContain('iconv -f WINDOWS-1252 -t UTF-8');
    expect(existsSync(out)).toBe(false);
  });

  it('says so plainly when the page does not exist, and when arguments are missing', () => {
    const missing = ingest(join(tempDir(), 'nope.txt'), tempDir());
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    const usage = runScript('scripts/ingest.ts', []);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run ingest -- <page.txt>');
  });
});
