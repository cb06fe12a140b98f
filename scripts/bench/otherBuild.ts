import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Today's build, for comparisons in the same run: the app as it was at another commit, built on
// the same data. The commit is checked out once into a temporary folder outside this checkout (a
// detached git worktree sharing its node_modules; inside it, Biome and Vitest would find a second
// project) and built there with its own Vite config.

/** Builds the app at `commit` on `dataDir` into `outDir`; returns `outDir`. */
export function buildAtCommit(commit: string, dataDir: string, outDir: string): string {
  const tree = join(tmpdir(), `crossroads-at-${commit}`);
  if (!existsSync(tree)) {
    execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'inherit' });
    symlinkSync(resolve('node_modules'), resolve(tree, 'node_modules'), 'dir');
  }
  execFileSync(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      resolve(outDir),
      '--emptyOutDir',
    ],
    { cwd: tree, stdio: 'inherit', env: { ...process.env, DATA_DIR: resolve(dataDir) } },
  );
  return outDir;
}
