// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dateLineOf, isCaption } from '../../../src/data/page/pageChrome';
import { explainPage, PageFormatError, splitPage } from '../../../src/data/page/splitPage';
import { FIXTURES } from '../data/fixtureDataset';
import { runScript } from './runScript';

// Real page layouts: the corpus pages under test/fixtures/pages/ carry skip links, breadcrumbs,
// bylines, date lines in several forms, glued photo credits and trailing link lists.

const PAGES = join(FIXTURES, 'pages');
const corpus = readdirSync(PAGES)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.replace('.expected.json', ''));

describe('ingest on the corpus pages', () => {
  it.each(corpus)('%s: headline, byline and date as labelled; every dropped line has a rule', (name) => {
    const page = readFileSync(join(PAGES, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')).articles;
    const split = explainPage(page, `${name}.txt`);
    expect(split.articles.map((a) => [a.title, a.byline, a.published, a.publishedAsWritten])).toEqual(
      expected.map((a: Record<string, unknown>) => [a.title, a.byline, a.published, a.publishedAsWritten]),
    );
    expect(split.notes).toEqual([]);
    // Nothing lost: each non-empty line is in a body or dropped by a named rule, never both.
    const kept = split.articles.flatMap((a) => a.paragraphs);
    const dropped = split.dropped.map((d) => d.text);
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect([...kept, ...dropped].sort()).toEqual([...lines].sort());
  });
});

describe('chrome rules', () => {
  it('reads date lines in the forms sites use, and only whole-line dates', () => {
    const iso = (line: string) => dateLineOf(line)?.iso;
    expect(iso('June 13, 2025')).toBe('2025-06-13');
    expect(iso('13.06.2025')).toBe('2025-06-13');
    expect(iso('06/13/2025')).toBe('2025-06-13');
    expect(iso('2025-06-13')).toBe('2025-06-13');
    expect(iso('Saturday 28 December 2024')).toBe('2024-12-28');
    expect(iso('Updated: Fri, 13 Jun 2025 10:42 GMT')).toBe('2025-06-13');
    expect(dateLineOf('Published 3 hours ago')).toEqual({ iso: null, asWritten: '3 hours ago' });
    expect(dateLineOf('31.02.2025')).toBeNull();
    expect(dateLineOf('Talks resume on June 13, 2025')).toBeNull();
  });

  it('takes captions with a glued or spaced credit, but not a sentence about a photo', () => {
    expect(isCaption('Wagons at the stationImage: Ruslan Pryanikov/AFP')).toBe(true);
    expect(isCaption('Wagons at the station. Photo: AP')).toBe(true);
    expect(isCaption('Photo: Atta Kenare/AFP')).toBe(true);
    expect(isCaption('The ministry released a photo: it shows the damaged bridge.')).toBe(false);
  });

  it('takes --title over its own choice, and says when it is not sure', () => {
    const page =
      'World\nA first long line without a stop\nA second long line without a stop\nBody text follows here.\n';
    const guessed = explainPage(page, 'p.txt');
    expect(guessed.articles[0]?.title).toBe('A first long line without a stop');
    expect(guessed.notes[0]).toMatch(/not sure which line is the headline; chose line 2 "A first long line/);
    const forced = explainPage(page, 'p.txt', { title: 'A second long line without a stop' });
    expect(forced.articles[0]?.title).toBe('A second long line without a stop');
    expect(forced.dropped.find((d) => d.line === 2)?.rule).toBe('before-headline');
    expect(() => explainPage(page, 'p.txt', { title: 'Not on the page' })).toThrow(
      /no line of the page reads/,
    );
  });

  it.each([
    ['   \n\n', /line 1: the page is empty/],
    ['1. Skip to content\nHome › World\n05/06/2025\n', /the page has no headline/],
    [
      'PNG\u0000\u0001binary',
      /line 1: the file looks binary, not a saved page \(control character U\+0000\)/,
    ],
  ])('refuses a bad page with a clear error: %j', (page, message) => {
    expect(() => splitPage(page, 'p.txt')).toThrow(PageFormatError);
    expect(() => splitPage(page, 'p.txt')).toThrow(message);
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('ingest CLI flags', { timeout: 60_000 }, () => {
  it('--explain lists every dropped line with its rule; an --out that is a file writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossroads-chrome-'));
    dirs.push(dir);
    const page = join(PAGES, 'dw-grain-corridor.txt');
    const run = runScript('scripts/ingest.ts', [page, '--out', join(dir, 'out'), '--explain']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\s1 {2}skip-link +"1\. Skip to content"/);
    expect(run.stdout).toMatch(/12 {2}caption +"Freight wagons .*Image: Ruslan Pryanikov\/AFP"/);
    expect(run.stdout).toMatch(/7 {2}byline .* → front matter: byline/);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const refused = runScript('scripts/ingest.ts', [page, '--out', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--out .*a-file is a file, not a folder\nNothing was written\./);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('--title picks the headline; an empty, binary or headline-less page writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossroads-chrome-'));
    dirs.push(dir);
    const page = join(dir, 'page.txt');
    writeFileSync(
      page,
      'World\nA first long line without a stop\nA second long line without a stop\nBody text.\n',
    );
    const out = join(dir, 'out');
    const chosen = runScript('scripts/ingest.ts', [
      page,
      '--out',
      out,
      '--title',
      'A second long line without a stop',
    ]);
    expect(chosen.status).toBe(0);
    expect(readdirSync(out)).toEqual(['a-second-long-line-without-a-stop.md']);
    for (const [text, message] of [
      ['\n  \n', /line 1: the page is empty/],
      ['PNG\u0001\u0002 not a page', /the file looks binary/],
      ['Skip to content\nHome › World\n', /the page has no headline/],
    ] as const) {
      writeFileSync(page, text);
      const refused = runScript('scripts/ingest.ts', [page, '--out', join(dir, 'none')]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(message);
      expect(refused.stderr).toMatch(/Nothing was written\./);
      expect(readdirSync(dir)).not.toContain('none');
    }
  });
});
