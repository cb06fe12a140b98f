import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CurateServer {
  url: string;
  dir: string;
  stop: () => Promise<void>;
}

/** `npm run curate` on a fresh copy of data/, as a curator starts it; resolves once it listens. */
export function startCurate(): Promise<CurateServer> {
  const dir = join(mkdtempSync(join(tmpdir(), 'crossroads-curate-')), 'data');
  cpSync('data', dir, { recursive: true });
  const child: ChildProcess = spawn('npm', ['run', 'curate', '--', '--data', dir, '--port', '0'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    // npm starts tsx, which starts node: the whole group goes.
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await new Promise((done) => setTimeout(done, 300));
    rmSync(join(dir, '..'), { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm run curate did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /workbench at (http:\/\/127\.0\.0\.1:\d+)\/curate/.exec(output)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ url, dir, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run curate exited with ${code}:\n${output}`)));
  });
}
