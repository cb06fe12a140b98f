// @vitest-environment node
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { dataFileBody } from '../../../scripts/lib/dataFolder';
import { validateDir } from '../../../scripts/lib/validateDir';
import { DATA_CHECK_FILE } from '../../../src/data/dataCheck';
import type { DataCheckFile } from '../../../src/data/schema';
import { buildDataDir, REPO, removeDataDirs } from '../data/fixtureDataset';
import { appOn, lines, names } from './servedApp';

// The build's verdict lets the app skip checking bytes the build checked (src/data/dataCheck.ts).
// A warning only the verdict holds shows whether the app took the verdict's word or checked again.

afterAll(removeDataDirs);
afterEach(() => vi.unstubAllGlobals());

const SEED = join(REPO, 'data');
const verdictOf = (dir: string): DataCheckFile =>
  JSON.parse(String(dataFileBody(dir, DATA_CHECK_FILE, true)));
const MARKER = {
  level: 'warning',
  file: 'figures.json',
  record: null,
  field: null,
  message: 'marker',
} as const;
/** The folder's own verdict, with one more warning in it. */
const markedVerdict = (dir: string) =>
  JSON.stringify({ ...verdictOf(dir), problems: [...verdictOf(dir).problems, MARKER] });
const hasMarker = (problems: readonly { message: string }[]) => problems.some((p) => p.message === 'marker');

describe("the build's verdict on the files it serves", () => {
  it('covers every file of the first load with the digest of its bytes as served, and holds no error on the seed', () => {
    const verdict = verdictOf(SEED);
    expect(Object.keys(verdict.digests).sort()).toEqual(
      [
        'article-index.json',
        'countries.json',
        'events.json',
        'figures.json',
        'places.geojson',
        'projects.geojson',
      ].sort(),
    );
    expect(verdict.digests['figures.json']).toMatch(/^[0-9a-f]{64}$/);
    expect(verdict.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('is trusted for those bytes: the app shows its problems and the same records as a full check', async () => {
    const trusted = await appOn(SEED, (name) => (name === DATA_CHECK_FILE ? markedVerdict(SEED) : undefined));
    expect(hasMarker(trusted.problems)).toBe(true);
    const checked = await appOn(SEED, (name) => (name === DATA_CHECK_FILE ? null : undefined));
    expect(names(trusted.kept)).toEqual(names(checked.kept));
    expect(trusted.kept).toEqual(checked.kept);
    expect(lines(checked.problems)).toEqual(lines(validateDir(SEED).problems));
  });

  it('is not trusted for a file changed after the build: the app checks everything, as npm run validate does', async () => {
    const base = buildDataDir();
    const changed = buildDataDir('quote-not-found');
    const app = await appOn(changed, (name) => (name === DATA_CHECK_FILE ? markedVerdict(base) : undefined));
    expect(hasMarker(app.problems)).toBe(false);
    const validated = validateDir(changed);
    expect(validated.problems.length).toBeGreaterThan(0);
    expect(lines(app.problems)).toEqual(lines(validated.problems));
    expect(names(app.kept)).toEqual(names(validated.kept));
  });

  it('is not trusted when it is broken, lists an error, or the browser has no Web Crypto or fails to make a digest', async () => {
    const broken = await appOn(SEED, (name) => (name === DATA_CHECK_FILE ? '{"digests":' : undefined));
    expect(lines(broken.problems)).toEqual(lines(validateDir(SEED).problems));
    const withError = JSON.stringify({
      ...verdictOf(SEED),
      problems: [MARKER, { ...MARKER, level: 'error', message: 'an error' }],
    });
    const erring = await appOn(SEED, (name) => (name === DATA_CHECK_FILE ? withError : undefined));
    expect(hasMarker(erring.problems)).toBe(false);
    vi.stubGlobal('crypto', {});
    const noCrypto = await appOn(SEED, (name) =>
      name === DATA_CHECK_FILE ? markedVerdict(SEED) : undefined,
    );
    expect(hasMarker(noCrypto.problems)).toBe(false);
    expect(lines(noCrypto.problems)).toEqual(lines(validateDir(SEED).problems));
    // A digest the platform fails to make vouches for nothing, and the load still completes.
    vi.stubGlobal('crypto', { subtle: { digest: () => Promise.reject(new Error('no digest')) } });
    const failing = await appOn(SEED, (name) => (name === DATA_CHECK_FILE ? markedVerdict(SEED) : undefined));
    expect(hasMarker(failing.problems)).toBe(false);
    expect(lines(failing.problems)).toEqual(lines(validateDir(SEED).problems));
  });
});
