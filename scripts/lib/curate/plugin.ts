import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DATA_CHANGED_EVENT } from '../../../src/app/liveData';
import { API_BASE, MAX_BODY_BYTES, TOKEN_META } from '../../../src/curate/model/channel';
import { addCountry } from './countries';
import { refuseRequest } from './guard';
import { ingestPage } from './ingestPage';
import { type CurateSession, dataHashes, saveRecord, undoLastSave } from './records';
import { type Reply, refuse } from './reply';

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

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new RangeError('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new SyntaxError('the request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  res.statusCode = reply.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(reply.body));
}

/** The loopback origins the dev server answers on, once it listens. */
function originsOf(server: ViteDevServer): string[] {
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') return [];
  return [`http://127.0.0.1:${address.port}`, `http://localhost:${address.port}`];
}

export function curatePlugin(dir: string): Plugin {
  const token = randomBytes(24).toString('hex');
  const session: CurateSession = { dir, undo: [] };
  // An explicit table: a name the object inherits ("constructor") is no route.
  const routes = new Map<string, (body: unknown) => Reply | Promise<Reply>>([
    ['hashes', () => dataHashes(session)],
    ['save', (body) => saveRecord(session, body)],
    ['undo', () => undoLastSave(session)],
    ['ingest', (body) => ingestPage(join(dir, 'articles'), body)],
    ['country', (body) => addCountry(session, resolve('public/basemap.json'), body)],
  ]);
  return {
    name: 'crossroads-curate',
    apply: 'serve',
    configureServer(server) {
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
        const route = routes.get(path.slice(API_BASE.length));
        const refused = refuseRequest(req, token, originsOf(server));
        if (refused !== null) return send(res, refused);
        if (route === undefined) return send(res, refuse(404, 'not-found', `no endpoint ${path}`));
        let body: unknown;
        try {
          body = await readBody(req);
        } catch (error) {
          const tooLarge = error instanceof RangeError;
          return send(
            res,
            tooLarge
              ? refuse(413, 'too-large', 'the request is larger than the workbench takes')
              : refuse(400, 'bad-request', 'the request body is not JSON'),
          );
        }
        try {
          const reply = await route(body);
          if (reply.status === 200 && path !== `${API_BASE}hashes`)
            server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: {} });
          send(res, reply);
        } catch (error) {
          // Said without the machine's paths: the folder is "the data folder".
          const message = error instanceof Error ? error.message : String(error);
          send(res, refuse(500, 'bad-request', message.replaceAll(dir, 'the data folder')));
        }
      });
    },
  };
}
