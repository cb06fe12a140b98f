import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { REPO } from '../data/fixtureDataset';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI script the way a curator does (`npx tsx scripts/<name>.ts …`) from the repo root. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ScriptRun {
  const run = spawnSync('npx', ['tsx', script, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts a CLI script without waiting for it, for tests that interrupt it. */
export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const options: SpawnOptions = { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] };
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], options);
}
