import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Vite prints a block of "configLoader native" warnings on every build and start when a module
// the config imports, directly or through others, imports a relative path without its file
// extension. This walks that chain from vite.config.ts and names every such import, so the first
// command a newcomer runs stays quiet.

const RELATIVE = /^\s*import\s+(?!type\s)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm;
/** A dynamic import loads at run time, but Vite's config bundler follows it all the same. */
const DYNAMIC = /\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function walkImports(entry: string): { extensionless: string[]; visited: Set<string> } {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of [...text.matchAll(RELATIVE), ...text.matchAll(DYNAMIC)]) {
      const target = resolve(dirname(file), spec as string);
      if (!/\.[cm]?[jt]sx?$/.test(spec as string) || !existsSync(target)) found.push(`${file}: ${spec}`);
      else visit(target);
    }
  };
  visit(resolve(entry));
  return { extensionless: found, visited: seen };
}

describe('the Vite config import chain', () => {
  it('imports every relative module with its file extension', () => {
    expect(walkImports('vite.config.ts').extensionless).toEqual([]);
  });

  it('follows the chain down to the data schema', () => {
    // Guards the walk itself: were it to stop at the config, the check above would pass vacuously.
    expect(walkImports('vite.config.ts').visited).toContain(resolve('src/data/schema.ts'));
  });
});
