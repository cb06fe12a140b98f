import { buildApp, type Served, serveBuild } from '../../scripts/lib/buildAndServe';

export type { Served };

/**
 * The one production build every e2e file runs against, made once by the global setup. The app
 * fetches its data at run time from /data/, so a data set needs a server, not a build of its own.
 */
export const E2E_BUILD = 'dist-e2e/app';

/** Builds the app once for the whole e2e run (globalSetup.ts). */
export function buildForE2e(): Promise<void> {
  return buildApp({ outDir: E2E_BUILD });
}

/**
 * The shared build served on a free loopback port with /data/ answered from `dataDir` (the seed
 * data/, a fixture under test/fixtures/, a generated corpus), file by file as the dev server and
 * the build make them. `close` stops the server; call it in afterAll.
 */
export function serveData(dataDir: string): Promise<Served> {
  return serveBuild(E2E_BUILD, dataDir);
}
