import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

// The e2e tests and benchmarks drive a system Chromium through playwright-core, because this
// project cannot download a browser build. This finds one, installs Debian's when it can, and
// otherwise says exactly what to do. It never lets a test run skip silently.

const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
    return fromEnv;
  }
  return DEBIAN_PATHS.find(isExecutable) ?? null;
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('Chromium is missing: installing Debian packages chromium and fonts-dejavu-core…');
    const run = (args: string[]) =>
      execFileSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    run(['update']);
    run(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chromium found for the e2e tests, and it could not be installed automatically.',
      '  On Debian or Ubuntu, as root: apt-get update && apt-get install -y chromium fonts-dejavu-core',
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
}
