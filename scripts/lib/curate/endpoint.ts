import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { API_BASE, MAX_BODY_BYTES } from '../../../src/curate/model/channel';
import { addCountry } from './countries';
import { refuseRequest } from './guard';
import { ingestPage } from './ingestPage';
import { type CurateSession, dataHashes, saveRecord, undoLastSave } from './records';
import { type Reply, refuse } from './reply';

// The workbench's endpoint under /__curate/: the guard first, then one route from an explicit
// table (anything else is 404), then the answer as JSON. No answer names a machine path.

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

export interface EndpointOptions {
  dir: string;
  token: string;
  /** The origins the server answers on, read per request (the port is known once it listens). */
  origins: () => string[];
  /** Called after a route changed the data folder. */
  onWrite: () => void;
  basemap?: string;
}

/** Answers one request whose path starts with API_BASE. */
export function createEndpoint({ dir, token, origins, onWrite, basemap }: EndpointOptions) {
  const session: CurateSession = { dir, undo: [] };
  const routes = new Map<string, (body: unknown) => Reply | Promise<Reply>>([
    ['hashes', () => dataHashes(session)],
    ['save', (body) => saveRecord(session, body)],
    ['undo', () => undoLastSave(session)],
    ['ingest', (body) => ingestPage(join(dir, 'articles'), body, session.undo)],
    ['country', (body) => addCountry(session, basemap ?? resolve('public/basemap.json'), body)],
  ]);
  // A file in the folder is named as the curator knows it (articles/x.md), the folder itself in words.
  const hidePaths = (message: string) => message.replaceAll(`${dir}/`, '').replaceAll(dir, 'the data folder');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const name = path.slice(API_BASE.length);
    const refused = refuseRequest(req, token, origins());
    if (refused !== null) return send(res, refused);
    const route = routes.get(name);
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
      if (reply.status === 200 && name !== 'hashes') onWrite();
      send(res, { ...reply, body: JSON.parse(hidePaths(JSON.stringify(reply.body))) });
    } catch (error) {
      send(
        res,
        refuse(500, 'bad-request', hidePaths(error instanceof Error ? error.message : String(error))),
      );
    }
  };
}
