import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { REPO } from '../data/fixtureDataset';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Run exactly as a curator types it, `npx tsx …`. Otherwise `node --import tsx …`: the same
   * loader in one process, about three times faster to start. */
  npx?: boolean;
}

const command = (script: string, args: string[], npx: boolean): [string, string[]] =>
  npx ? ['npx', ['tsx', script, ...args]] : [process.execPath, ['--import', 'tsx', script, ...args]];

/** Runs a CLI script from the repo root and waits for it. */
export function runScript(script: string, args: string[], options: RunOptions = {}): ScriptRun {
  const [cmd, argv] = command(script, args, options.npx ?? false);
  const run = spawnSync(cmd, argv, { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts a CLI script without waiting, as one process (so a signal reaches the writer itself). */
export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const [cmd, argv] = command(script, args, false);
  return spawn(cmd, argv, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A maker of fresh temp folders for one test file; they are removed after its tests. */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
