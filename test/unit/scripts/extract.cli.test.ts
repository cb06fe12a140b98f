// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../data/fixtureDataset';
import { runScript } from './runScript';

const scratch = mkdtempSync(join(tmpdir(), 'crossroads-extract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LEAD = 'data/articles/chinas-xi-in-kazakhstan-to-cement-central-asia-ties.md';
const extract = (...args: string[]) => runScript('scripts/extract.ts', args);

// Each run starts a TypeScript process: seconds, not milliseconds, on a two-core machine.
describe('extract CLI', { timeout: 60_000 }, () => {
  it('prints a table of candidates with their status and a summary line (npx tsx, as a curator runs it)', () => {
    const run = runScript('scripts/extract.ts', [LEAD], { npx: true });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /✓ captured by trade-china-central-asia-2024 +money +95,000,000,000 USD +\$95 billion/,
    );
    expect(run.stdout).toMatch(/· not captured +count +5 +five/);
    expect(run.stdout).toContain('11 candidate(s): 9 captured, 2 not captured');
  });

  it('prints JSON with --json', () => {
    const run = extract(LEAD, '--json');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { kind: string; text: string; figureId: string | null }[];
    expect(rows.map((r) => [r.kind, r.text, r.figureId])).toContainEqual([
      'count',
      '80 million',
      'population-central-asia',
    ]);
    expect(rows.filter((r) => r.figureId !== null)).toHaveLength(8);
  });

  it('reads the figures and events files given, for an article outside data/', () => {
    const base = join(FIXTURES, 'datasets', 'base');
    const article = join(FIXTURES, 'articles', 'uzbekistan-signs-solar-deals-with-gulf-investors.md');
    const run = extract(
      article,
      '--json',
      '--figures',
      join(base, 'figures.json'),
      '--events',
      join(base, 'events.json'),
    );
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      text: string;
      figureId: string | null;
      eventId: string | null;
    }[];
    expect(rows.find((r) => r.text === '$2.7bn')?.figureId).toBe('trade-gulf-uzbekistan-solar-2024');
    expect(rows.find((r) => r.text === 'June 5, 2025')?.eventId).toBe('first-uzbek-solar-plant-due');
    // With the seed data's figures, nothing in this article is captured.
    const seed = JSON.parse(extract(article, '--json').stdout) as { figureId: string | null }[];
    expect(seed.every((r) => r.figureId === null)).toBe(true);
  });

  it('fails clearly on a bad path', () => {
    const run = extract('data/articles/no-such-article.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('extract: data/articles/no-such-article.md: no such file\n');
    expect(run.stdout).toBe('');
  });

  it('fails clearly on a file that is not an article', () => {
    const path = join(scratch, 'notes.md');
    writeFileSync(path, '# Notes\nJust some text with $5 billion in it.\n');
    const run = extract(path);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`extract: ${path}: not a readable article`);
    expect(run.stderr).toContain(
      'error: notes.md · record notes: expected front matter starting with a "---" line',
    );
  });

  it('fails clearly on a broken figures file, and on a misspelt option', () => {
    const figures = join(scratch, 'figures.json');
    writeFileSync(figures, '{"figures": [');
    const run = extract(LEAD, '--figures', figures);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('figures.json: the file is truncated');
    const usage = extract(LEAD, '--jsn');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run extract -- <article.md>');
  });
});
