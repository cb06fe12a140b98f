import { resolve } from 'node:path';
import { build, type PluginOption, preview } from 'vite';

export interface Served {
  url: string;
  close: () => Promise<void>;
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
  if (rebuild)
    await build({ logLevel: 'warn', plugins, build: { outDir: resolve(outDir), emptyOutDir: true, minify } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: resolve(outDir) },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
