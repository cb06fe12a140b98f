import { resolve } from 'node:path';
import { build, type PluginOption, preview } from 'vite';
import { dataDirMiddleware } from './dataDirPlugin.ts';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Builds the app into `outDir`, with the data folder $DATA_DIR (or data/) copied into the build. */
export async function buildApp({
  outDir,
  minify = true,
  plugins = [],
}: {
  outDir: string;
  minify?: boolean;
  plugins?: PluginOption[];
}): Promise<void> {
  // Vite decides production from NODE_ENV, which Vitest sets to 'test': inside a test run the
  // build would ship React's development runtime, slower and unlike what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', plugins, build: { outDir: resolve(outDir), emptyOutDir: true, minify } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Serves a production build on a free loopback port. With `dataDir`, /data/ is answered from that
 * folder at each request, by the functions the dev server uses (minified, as a build ships them),
 * so one build serves any data set; without it, from the data copied into the build.
 */
export async function serveBuild(outDir: string, dataDir?: string): Promise<Served> {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: resolve(outDir) },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    plugins:
      dataDir === undefined
        ? []
        : [
            {
              name: 'crossroads-serve-data-folder',
              // First of the plugins, and added in the hook rather than in a returned function: it
              // answers before the build's own files and their gzip twins (precompress.ts).
              enforce: 'pre' as const,
              configurePreviewServer(server) {
                server.middlewares.use(dataDirMiddleware(resolve(dataDir), true));
              },
            },
          ],
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * Builds the app on a data folder and serves the production build on a free loopback port.
 * Without `dataDir` the build uses $DATA_DIR or data/; with `build: false` it serves what is
 * already in `outDir` (say, an older commit's build). `plugins` are added to the project's own
 * (the bench build adds the one that swaps in its map layers).
 */
export async function buildAndServe({
  dataDir,
  outDir,
  minify = true,
  build: rebuild = true,
  plugins = [],
}: {
  dataDir?: string;
  outDir: string;
  minify?: boolean;
  build?: boolean;
  plugins?: PluginOption[];
}): Promise<Served> {
  if (dataDir !== undefined) process.env.DATA_DIR = resolve(dataDir);
  if (rebuild) await buildApp({ outDir, minify, plugins });
  return serveBuild(outDir);
}
