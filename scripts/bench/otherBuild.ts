import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

// Today's build, for comparisons in the same run: the app as it was at another commit, built on
// the same data. The commit is checked out once into .bench/at-<commit> (a detached git worktree
// sharing this checkout's node_modules) and built there with its own Vite config.

/** Builds the app at `commit` on `dataDir` into `outDir`; returns `outDir`. */
export function buildAtCommit(commit: string, dataDir: string, outDir: string): string {
  const tree = resolve(`.bench/at-${commit}`);
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
