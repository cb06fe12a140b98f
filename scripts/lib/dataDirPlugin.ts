import type { Plugin } from 'vite';

// The build-time functions (scripts/lib/dataFolder.ts) read and check the folder with the app's
// own reader, zod and all; they are imported when first needed, not when the config loads.
const dataFolder = () => import('./dataFolder.ts');

/**
 * Serves the data folder at /data/ in dev and preview, and writes it into the build: the data
 * files as separate fetches (one broken file breaks only the panels that need it), and the files
 * derived from the folder (the article index, the body chunks).
 */
export function dataDirPlugin(dir: string): Plugin {
  return {
    name: 'crossroads-data-dir',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/data/')) return next();
        void dataFolder().then(({ dataFileBody }) => {
          const body = dataFileBody(dir, decodeURIComponent(path.slice('/data/'.length)), false);
          if (body === null) {
            res.statusCode = 404;
            res.end('not found');
            return;
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        }, next);
      });
    },
    async generateBundle() {
      const { dataFileBody, dataFileNames } = await dataFolder();
      for (const name of dataFileNames(dir)) {
        const source = dataFileBody(dir, name, true);
        if (source !== null) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}
