import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The data sizes the benchmark knows: the seed data/ and synthetic folders in .bench/ (gitignored),
// generated on first use with 10,000 figures and 500 places.

const SYNTHETIC: Record<string, number> = { '1k': 1_000, '2k': 2_000, '10k': 10_000, '100k': 100_000 };

/** The data folder of a size, generated first when it is synthetic and missing. */
export function dataFor(label: string): { dir: string; projects: number } {
  if (label === 'seed') {
    const projects = JSON.parse(readFileSync('data/projects.geojson', 'utf8')) as { features: unknown[] };
    return { dir: 'data', projects: projects.features.length };
  }
  const projects = SYNTHETIC[label];
  if (projects === undefined) throw new Error(`unknown size "${label}": use seed, 1k, 2k, 10k or 100k`);
  const dir = `.bench/data-${label}`;
  if (!existsSync(join(dir, 'bench-manifest.json'))) {
    execFileSync(
      process.execPath,
      [
        resolve('node_modules/tsx/dist/cli.mjs'),
        'scripts/bench/generate.ts',
        ...['--projects', String(projects), '--figures', '10000', '--places', '500', '--out', dir],
      ],
      { stdio: 'inherit' },
    );
  }
  return { dir, projects };
}
