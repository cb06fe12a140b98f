import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from '../../../src/curate/model/channel';
import type { Reply } from './reply';
import { refuse } from './reply';

// A local server that writes files can be reached by any page the curator visits. Every write
// request must therefore come from the workbench's own origin, carry the token the dev server
// put into the workbench page, and be JSON (which a cross-site form cannot send).

export interface GuardedRequest {
  method?: string | undefined;
  headers: IncomingHttpHeaders;
}

const sameToken = (given: string, token: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Null when the request may proceed; otherwise the refusal to send. Checks before reading the body. */
export function refuseRequest(req: GuardedRequest, token: string, origins: readonly string[]): Reply | null {
  if (req.method !== 'POST') return refuse(405, 'bad-request', 'the workbench endpoint takes POST only');
  const origin = req.headers.origin;
  if (origin === undefined || !origins.includes(origin))
    return refuse(403, 'forbidden', `requests from ${origin ?? 'an unknown origin'} are refused`);
  // The Host too: a page on another name that resolves to 127.0.0.1 (DNS rebinding) is not ours.
  const host = req.headers.host;
  if (host === undefined || !origins.includes(`http://${host}`))
    return refuse(403, 'forbidden', `requests for host ${host ?? '(none)'} are refused`);
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type))
    return refuse(415, 'bad-request', 'the workbench endpoint accepts JSON only');
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameToken(given, token))
    return refuse(403, 'forbidden', 'the request has no valid workbench token; reload the workbench page');
  return null;
}
