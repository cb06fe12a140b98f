// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CURATE_LOCK, readStartup } from '../../../scripts/lib/curate/startup';
import { runScript, startScript, tempDirs } from './runScript';

// Each bad start of `npm run curate` is one line saying how to fix it, with exit code 2; and one
// workbench per data folder, shown with two real processes.

const temp = tempDirs('crossroads-curate-start-');
const CURATE = 'scripts/curate.ts';
const dataDir = () => {
  const dir = join(temp(), 'data');
  mkdirSync(dir);
  return dir;
};
const oneLine = (text: string) => text.trim().split('\n');

describe('readStartup', () => {
  it('reads a folder and a port', () => {
    const dir = dataDir();
    expect(readStartup(['--data', dir, '--port', '0'])).toEqual({ dir, port: 0 });
  });
  it('refuses a port that is no number, or out of range, naming --port', () => {
    for (const port of ['abc', '-1', '70000', '1e3', ''])
      expect(readStartup(['--port', port])).toEqual({ refusal: expect.stringContaining('--port') });
  });
  it('refuses --data naming a file, or nothing, and an unknown option', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'f.json'), '{}');
    expect(readStartup(['--data', join(dir, 'f.json')])).toEqual({
      refusal: expect.stringMatching(/is a file/),
    });
    expect(readStartup(['--data', join(dir, 'none')])).toEqual({ refusal: expect.stringMatching(/--data/) });
    expect(readStartup(['--dta', dir])).toEqual({ refusal: expect.stringMatching(/usage/) });
  });
});

let busy: Server | undefined;
afterAll(() => busy?.close());

/** A port this test holds, so the workbench finds it in use. */
async function busyPort(): Promise<number> {
  if (busy === undefined) {
    busy = createServer();
    await new Promise<void>((done) => busy?.listen(0, '127.0.0.1', done));
  }
  const address = busy.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('npm run curate, started badly', () => {
  it('says a busy port is busy and names --port, in one line, exit 2', async () => {
    const port = await busyPort();
    const run = runScript(CURATE, ['--data', dataDir(), '--port', String(port)]);
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`port ${port} is in use.*--port`)),
    ]);
    expect(run.stderr).not.toMatch(/ at |NaN/);
  }, 60_000);
  it('says --port abc and --data <file> in one line each, exit 2', () => {
    const abc = runScript(CURATE, ['--port', 'abc']);
    expect([abc.status, oneLine(abc.stderr)]).toEqual([2, [expect.stringMatching(/--port.*"abc"/)]]);
    const file = runScript(CURATE, ['--data', 'package.json']);
    expect([file.status, oneLine(file.stderr)]).toEqual([2, [expect.stringMatching(/--data.*is a file/)]]);
  });
});

describe('one workbench per data folder', () => {
  it('refuses a second workbench on the folder while the first runs, and frees it when it stops', async () => {
    const dir = dataDir();
    const first = startScript(CURATE, ['--data', dir, '--port', '0']);
    try {
      await new Promise<void>((done, fail) => {
        let out = '';
        first.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('workbench at')) done();
        });
        first.on('exit', (code) => fail(new Error(`the first workbench exited with ${code}`)));
      });
      expect(readFileSync(join(dir, CURATE_LOCK), 'utf8').trim()).toBe(String(first.pid));
      const second = runScript(CURATE, ['--data', dir, '--port', '0']);
      expect(second.status).toBe(2);
      expect(oneLine(second.stderr)).toEqual([
        expect.stringContaining(`another workbench (process ${first.pid}) is working on ${dir}`),
      ]);
    } finally {
      const exited = new Promise((done) => first.on('exit', done));
      first.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(join(dir, CURATE_LOCK))).toBe(false);
  }, 90_000);
  it('takes over the lock of a workbench that died', async () => {
    const dir = dataDir();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => dead.on('exit', done));
    writeFileSync(join(dir, CURATE_LOCK), `${dead.pid}\n`);
    // A busy port stops it right after the lock is taken: the takeover is what is checked.
    const run = runScript(CURATE, ['--data', dir, '--port', String(await busyPort())]);
    expect(run.stdout).toMatch(/took over \.curate\.lock/);
    expect(existsSync(join(dir, CURATE_LOCK))).toBe(false);
  }, 60_000);
});
