// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDropped } from '../../../scripts/lib/ingestExplain';
import { explainPage, PageFormatError, slugify } from '../../../src/data/page/splitPage';
import { REPO } from '../data/fixtureDataset';
import { runScript } from './runScript';

// Issue 21, "Ingest" and "Headlines": each on a page written here.

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-ingest3-'));
  dirs.push(dir);
  return dir;
};

describe('ingest reads what browsers and people hand it', { timeout: 60_000 }, () => {
  it('reads an HTML page saved from a browser as text, not as markup', () => {
    const dir = tempDir();
    const page = join(dir, 'saved.html');
    writeFileSync(
      page,
      '<!doctype html><html><head><title>x</title><style>p{}</style></head><body><nav>Home</nav>' +
        '<h1>Tenge weakens as oil prices slide</h1><p>By Dana Amirova</p><p>March 3, 2025</p>' +
        '<p>The tenge lost 4% against the dollar in February, the central bank said.</p></body></html>',
    );
    const run = runScript('scripts/ingest.ts', [page, '--out', join(dir, 'out')]);
    expect(run.status, run.stderr).toBe(0);
    const [file] = readdirSync(join(dir, 'out'));
    expect(file).toBe('tenge-weakens-as-oil-prices-slide.md');
    const written = readFileSync(join(dir, 'out', file as string), 'utf8');
    expect(written).toContain('title: "Tenge weakens as oil prices slide"');
    expect(written).not.toMatch(/<|doctype/i);
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const dir = tempDir();
    const fifo = join(dir, 'page.txt');
    execFileSync('mkfifo', [fifo]);
    // The timeout only guards the test run: before the fix, ingest waited here for ever.
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/ingest.ts', fifo, '--out', join(dir, 'out')],
      {
        cwd: REPO,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('this is a named pipe (FIFO), not a regular file');
  });

  it('refuses a character device', () => {
    const run = runScript('scripts/ingest.ts', ['/dev/zero', '--out', join(tempDir(), 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/dev/zero: this is a device, not a regular file');
  });
});

describe('ids and captions', () => {
  it('removes invisible characters from ids, so a clean copy is the same article', () => {
    const hidden = 'Kaz\u200bakh\u00adstan and Chi\u2060na sign \u200eport deal';
    expect(slugify(hidden)).toBe('kazakhstan-and-china-sign-port-deal');
    expect(slugify(hidden)).toBe(slugify('Kazakhstan and China sign port deal'));
  });

  it('drops a caption whose credit is glued to its last word, and --explain names the rule', () => {
    const page = [
      'Ports',
      'Aktau port doubles its grain throughput',
      'By Serik Nurlanov',
      'May 2, 2025',
      'The port handled 1.2 million tonnes of grain in April.',
      'Cranes load a ship at the port at dawnImage: example.com',
      'Officials expect more ships in May.',
    ].join('\n');
    const split = explainPage(page, 'aktau.txt');
    expect(split.articles[0]?.paragraphs).toEqual([
      'The port handled 1.2 million tonnes of grain in April.',
      'Officials expect more ships in May.',
    ]);
    expect(formatDropped('aktau.txt', split.dropped)).toMatch(
      /6 {2}caption +"Cranes load a ship at the port at dawnImage: example.com"/,
    );
  });

  it('keeps a sentence that only mentions a photo', () => {
    const page = 'Ports\nAktau port grows\nMay 2, 2025\nThe minister showed a Photo: it was taken at dawn.\n';
    expect(explainPage(page, 'p.txt').articles[0]?.paragraphs).toEqual([
      'The minister showed a Photo: it was taken at dawn.',
    ]);
  });
});

describe('headlines', () => {
  it('takes a headline of two sentences, and says so', () => {
    const page = [
      'Skip to content',
      'Rates cut again. Tenge falls to a record low.',
      'By Dana Amirova',
      'March 3, 2025',
      'The central bank cut its base rate to 14.25 percent on Friday.',
    ].join('\n');
    const split = explainPage(page, 'rates.txt');
    expect(split.articles[0]).toMatchObject({
      title: 'Rates cut again. Tenge falls to a record low.',
      byline: 'Dana Amirova',
      published: '2025-03-03',
      paragraphs: ['The central bank cut its base rate to 14.25 percent on Friday.'],
    });
    expect(split.notes.join(' ')).toMatch(/reads as sentences\. Use --title/);
  });

  it('when no headline is found, lists the likely lines and names --title', () => {
    let message = '';
    try {
      explainPage('Skip to content\nHome › World\nMarch 3, 2025\n', 'none.txt');
    } catch (error) {
      if (error instanceof PageFormatError) message = error.message;
    }
    expect(message).toMatch(/the page has no headline/);
    expect(message).toContain('--title');
    const long = `Skip to content\nMarch 3, 2025\n${'A very long opening sentence that goes on and on '.repeat(4)}and ends here.\n`;
    expect(() => explainPage(long, 'l.txt')).toThrow(
      /Likely headlines: line 3 "A very long opening.*--title/,
    );
  });
});
