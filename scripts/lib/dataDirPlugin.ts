import type { Connect, HtmlTagDescriptor, Plugin } from 'vite';
import { CHECKED_FILES, DATA_CHECK_FILE } from '../../src/data/dataCheck.ts';

// The build-time functions (scripts/lib/dataFolder.ts) read and check the folder with the app's
// own reader, zod and all; they are imported when first needed, not when the config loads.
const dataFolder = () => import('./dataFolder.ts');

/**
 * Answers /data/<name> from the data folder, as dataFileBody makes each file (minified or not):
 * the dev server's way, and the e2e servers' way of putting any data folder under one build.
 */
export function dataDirMiddleware(dir: string, minify: boolean): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/data/')) return next();
    void dataFolder().then(({ dataFileBody }) => {
      const body = dataFileBody(dir, decodeURIComponent(path.slice('/data/'.length)), minify);
      if (body === null) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(body);
    }, next);
  };
}

/**
 * Serves the data folder at /data/ in dev and preview, and writes it into the build: the data
 * files as separate fetches (one broken file breaks only the panels that need it), and the files
 * derived from the folder (the article index, the body chunks).
 */
export function dataDirPlugin(dir: string): Plugin {
  let base = '/';
  return {
    name: 'crossroads-data-dir',
    configResolved(config) {
      base = config.base;
    },
    // The first load's files are asked for from the page's head, so they download while the
    // scripts do instead of after them (the app's fetch takes the preloaded response).
    async transformIndexHtml(): Promise<HtmlTagDescriptor[]> {
      const { dataFileNames } = await dataFolder();
      const served = new Set(dataFileNames(dir));
      const first = [...CHECKED_FILES, DATA_CHECK_FILE].filter((name) => served.has(name));
      return [...first.map((name) => `/data/${name}`), `${base}basemap.json`].map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      }));
    },
    configureServer(server) {
      server.middlewares.use(dataDirMiddleware(dir, false));
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
