// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../data/fixtureDataset';

// Browser code never imports the CLI's folder: src/ imports nothing under scripts/. Every import
// and export specifier (static, dynamic, type-only) of every file under src/ is resolved against
// its file and checked.

const SRC = join(REPO, 'src');
const SCRIPTS = join(REPO, 'scripts');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(?:ts|tsx|mts|js)$/.test(name) ? [path] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;

/** The relative specifiers of a source text that land under scripts/. */
function importsIntoScripts(file: string, text: string): string[] {
  return [...text.matchAll(SPECIFIER)]
    .map((m) => m[2] as string)
    .filter((spec) => spec.startsWith('.') && !relative(SCRIPTS, resolve(file, '..', spec)).startsWith('..'));
}

describe('the src/ → scripts/ boundary', () => {
  it('sees an import into scripts/ when there is one', () => {
    const file = join(SRC, 'curate', 'x.ts');
    expect(importsIntoScripts(file, "import { a } from '../../scripts/lib/splitPage';")).toEqual([
      '../../scripts/lib/splitPage',
    ]);
    expect(importsIntoScripts(file, "const m = await import('../../scripts/lib/x');")).toHaveLength(1);
    expect(importsIntoScripts(file, "export * from '../data/page/splitPage';")).toEqual([]);
  });

  it('no file under src/ imports from scripts/', () => {
    const files = filesUnder(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      importsIntoScripts(file, readFileSync(file, 'utf8')).map((spec) => `${relative(REPO, file)}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
