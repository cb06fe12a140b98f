import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

// What `npm run curate` is asked to do, or the one line saying how to ask properly. Every bad
// start ends with exit code 2 and that line; no stack trace.

export const USAGE = 'usage: npm run curate [-- --data <folder>] [--port <0-65535>]';
export const CURATE_LOCK = '.curate.lock';

export interface Startup {
  dir: string;
  port: number;
}

export function readStartup(argv: readonly string[]): Startup | { refusal: string } {
  let values: { data: string; port: string };
  try {
    values = parseArgs({
      args: [...argv],
      options: { data: { type: 'string', default: 'data' }, port: { type: 'string', default: '5173' } },
    }).values;
  } catch (error) {
    return { refusal: `curate: ${error instanceof Error ? error.message : String(error)}; ${USAGE}` };
  }
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
  if (!(port >= 0 && port <= 65535))
    return {
      refusal: `curate: --port takes a number from 0 to 65535 (0: any free port), not "${values.port}"`,
    };
  const dir = resolve(values.data);
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    return { refusal: `curate: there is no data folder at ${dir}; pass --data <folder>` };
  }
  if (!isFolder) return { refusal: `curate: --data must name a folder, and ${dir} is a file` };
  return { dir, port };
}

/** The line for a port Vite could not listen on. */
export const busyPortLine = (port: number): string =>
  `curate: port ${port} is in use (another server?); pass --port <n> for another, or --port 0 for any free one`;

/** The line for a data folder another workbench holds. */
export const lockedLine = (dir: string, pid: number): string =>
  pid > 0
    ? `curate: another workbench (process ${pid}) is working on ${dir}; use that one, or stop it first`
    : `curate: another workbench is starting on ${dir}; use that one, or stop it first`;
