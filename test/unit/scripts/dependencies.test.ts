import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every package in package.json earns its place: something imports it, or it is a tool a script
// runs, or a package another one needs beside it. A dependency nothing uses fails here, so unused
// packages cannot pile up again (d3-array, d3-selection, d3-shape, d3-time and d3-zoom did).

/** Used without an import, and why. */
const USED_OTHERWISE: Record<string, string> = {
  '@biomejs/biome': 'npm run lint',
  typescript: 'npm run typecheck (tsc -b)',
  vite: 'npm run dev, build, start',
  vitest: 'npm run test:unit, test:e2e',
  tsx: 'runs every script in scripts/',
  jsdom: "vitest's test environment (vite.config.ts)",
  '@testing-library/dom': 'peer dependency of @testing-library/react',
  'world-atlas': 'read from node_modules by scripts/build-basemap.ts',
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sources(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

const text = [...['src', 'scripts', 'test'].flatMap(sources), 'vite.config.ts']
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const tsconfigTypes = readFileSync('tsconfig.json', 'utf8');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const imported = (name: string) =>
  new RegExp(`(from|import|import\\()\\s*['"]${escapeRegExp(name)}(/[^'"]*)?['"]`).test(text) ||
  text.includes(`node_modules/${name}/`);
/** @types/foo is used when foo is; @types/foo__bar when @foo/bar is. */
const typedPackage = (name: string) => name.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');

function unused(): string[] {
  const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  return names.filter((name) => {
    if (name in USED_OTHERWISE) return false;
    if (name.startsWith('@types/')) {
      const typed = typedPackage(name);
      return !imported(typed) && !tsconfigTypes.includes(`"${typed}"`);
    }
    return !imported(name);
  });
}

describe('dependencies', () => {
  it('lists no package that nothing imports or runs', () => {
    expect(unused()).toEqual([]);
  });

  it('would catch one: a name no file imports is reported', () => {
    expect(imported('d3-zoom')).toBe(false);
    expect(imported('d3-time')).toBe(true);
  });
});
