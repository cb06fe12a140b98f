import { randomBytes } from 'node:crypto';
import { readFileSync, watch } from 'node:fs';
import type { Plugin, ViteDevServer } from 'vite';
import { DATA_CHANGED_EVENT } from '../../../src/app/liveData';
import { API_BASE, TOKEN_META } from '../../../src/curate/model/channel';
import { DATA_FILES } from '../../../src/data/dataFileTable';
import { createEndpoint } from './endpoint';

// The workbench exists only when `npm run curate` adds this plugin to the dev server: the page at
// /curate and the endpoint under /__curate/. vite.config.ts never names it, so builds hold none of it.

/** The workbench page: index.html's own security policy, the token, and the workbench's entry. */
function workbenchHtml(token: string): string {
  const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/.exec(
    readFileSync('index.html', 'utf8'),
  )?.[0];
  if (csp === undefined) throw new Error('index.html has no Content-Security-Policy meta tag');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${csp}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="${TOKEN_META}" content="${token}" />
    <link rel="icon" href="data:," />
    <title>Crossroads workbench</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/curate/main.tsx"></script>
  </body>
</html>
`;
}

const DATA_FILE_NAMES = new Set<string>(Object.values(DATA_FILES).map((f) => f.file));

/** Calls `changed` (at most every 200 ms) when a data file in the folder is written. */
function watchDataFiles(dir: string, changed: () => void, server: ViteDevServer): void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, (_, name) => {
    if (name === null || !DATA_FILE_NAMES.has(name)) return;
    clearTimeout(timer);
    timer = setTimeout(changed, 200);
  });
  server.httpServer?.on('close', () => watcher.close());
}

/** The loopback origins the dev server answers on, once it listens. */
function originsOf(server: ViteDevServer): string[] {
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') return [];
  return [`http://127.0.0.1:${address.port}`, `http://localhost:${address.port}`];
}

export function curatePlugin(dir: string): Plugin {
  const token = randomBytes(24).toString('hex');
  return {
    name: 'crossroads-curate',
    apply: 'serve',
    configureServer(server) {
      const dataChanged = () => server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: {} });
      const endpoint = createEndpoint({ dir, token, origins: () => originsOf(server), onWrite: dataChanged });
      // A data file edited by hand (or by git) reloads the open pages' data too: forms check again.
      watchDataFiles(dir, dataChanged, server);
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === '/curate' || path === '/curate/') {
          const html = await server.transformIndexHtml('/curate', workbenchHtml(token));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          // No other site may frame the workbench and steer clicks onto its buttons.
          res.setHeader('X-Frame-Options', 'DENY');
          res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
          res.end(html);
          return;
        }
        if (!path.startsWith(API_BASE)) return next();
        await endpoint(req, res);
      });
    },
  };
}
