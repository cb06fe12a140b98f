import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/chromium';
import { buildForE2e, type Served, serveData } from './serveData';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    baseUrl: string;
  }
}

let served: Served | null = null;

// One build for the whole run; the seed data is served from it at `baseUrl`, and each file that
// needs another data set serves it from the same build with serveData(dir).
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('chromiumPath', ensureChromium());
  await buildForE2e();
  served = await serveData('data');
  project.provide('baseUrl', served.url);
  return async () => {
    await served?.close();
  };
}
