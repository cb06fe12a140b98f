// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sha256HexOf } from '../../../scripts/lib/dataCheckFile';
import {
  CHECKED_FILES,
  sha256Hex,
  trustedProblems as trustedFor,
  usableVerdict,
} from '../../../src/data/dataCheck';
import type { Served } from '../../../src/data/servedDataset';

const digests = Object.fromEntries(CHECKED_FILES.map((f) => [f, f.length.toString(16).padStart(64, '0')]));
const warning = {
  level: 'warning',
  file: 'figures.json',
  record: 'f1',
  field: 'year',
  message: 'w',
} as const;
const verdict = (body: unknown) => ({ ok: true as const, text: JSON.stringify(body) });
/** What the app does with a fetched verdict: uses it if it can, then compares the digests. */
const trustedProblems = (fetched: Served, now: Record<string, string | null>) => {
  const usable = usableVerdict(fetched);
  return usable === null ? null : trustedFor(usable, now);
};

describe('trustedProblems', () => {
  it("gives the build's problems when every checked file has the digest the build saw", () => {
    expect(trustedProblems(verdict({ digests, problems: [warning] }), digests)).toEqual([warning]);
  });

  it('gives null (check again) for one digest changed or missing, an error in the verdict, or a verdict not fetched', () => {
    const [first] = CHECKED_FILES as [string];
    expect(
      trustedProblems(verdict({ digests, problems: [] }), { ...digests, [first]: 'f'.repeat(64) }),
    ).toBeNull();
    expect(trustedProblems(verdict({ digests, problems: [] }), { ...digests, [first]: null })).toBeNull();
    const { [first]: _, ...fewer } = digests;
    expect(trustedProblems(verdict({ digests: fewer, problems: [] }), digests)).toBeNull();
    expect(
      trustedProblems(verdict({ digests, problems: [{ ...warning, level: 'error' }] }), digests),
    ).toBeNull();
    expect(trustedProblems(verdict({ digests }), digests)).toBeNull();
    expect(trustedProblems({ ok: true, text: 'not json' }, digests)).toBeNull();
    expect(trustedProblems({ ok: false, message: 'the file is missing' }, digests)).toBeNull();
  });
});

describe('sha256Hex', () => {
  it("agrees with the build's digest, byte for byte, on text with any characters", async () => {
    const bytes = new TextEncoder().encode('{"label":"Kazakh wheat — 1.2 млн т","note":"\u{1F33E}"}');
    expect(await sha256Hex(bytes)).toBe(sha256HexOf(bytes));
    expect(await sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
