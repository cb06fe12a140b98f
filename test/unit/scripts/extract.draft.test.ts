// @vitest-environment node
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figuresFileSchema } from '../../../src/data/schema';
import { FIXTURES } from '../data/fixtureDataset';
import { runScript } from './runScript';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('extract --draft', { timeout: 60_000 }, () => {
  it('prints records that pass the schema, then the guessed fields per record', () => {
    const out = mkdtempSync(join(tmpdir(), 'crossroads-draft-'));
    dirs.push(out);
    expect(
      runScript('scripts/ingest.ts', [join(FIXTURES, 'pages', 'yuan-investment.txt'), '--out', out]).status,
    ).toBe(0);
    const [file] = readdirSync(out);
    const run = runScript('scripts/extract.ts', [join(out, file as string), '--draft']);
    expect(run.status).toBe(0);
    const records = JSON.parse(run.stdout.slice(0, run.stdout.indexOf('\n]\n') + 2));
    expect(figuresFileSchema.safeParse({ figures: records }).success).toBe(true);
    expect(records.map((r: { unit: string; value: number }) => [r.unit, r.value])).toContainEqual([
      'CNY',
      18e9,
    ]);
    // "A separate solar project near Turkestan will cost $40–45 million": no country, no subject guess.
    expect(records.find((r: { valueHigh?: number }) => r.valueHigh === 45e6)).toBeUndefined();
    expect(run.stdout).toMatch(
      /Not drafted:\n(?:.*\n)*? {2}¶3 «\$40–45 million»: the sentence names no country/,
    );
    expect(run.stdout).toMatch(
      /Guessed: check these fields before you commit:\n {2}china-and-russia-.*-1\n {4}kind: /,
    );
  });
});
