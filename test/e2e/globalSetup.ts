import type { TestProject } from 'vitest/node';
import { buildAndServe, type Served } from '../../scripts/lib/buildAndServe';
import { ensureChromium } from '../../scripts/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    baseUrl: string;
  }
}

let served: Served | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('chromiumPath', ensureChromium());
  served = await buildAndServe({ dataDir: 'data', outDir: 'dist-e2e/seed' });
  project.provide('baseUrl', served.url);
  return async () => {
    await served?.close();
  };
}
