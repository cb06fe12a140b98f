import type { Refusal } from '../../../src/curate/model/channel';
import type { Problem } from '../../../src/data/problem';

export interface Reply {
  status: number;
  body: unknown;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });

export function refuse(
  status: number,
  error: Refusal['error'],
  message: string,
  problems?: Problem[],
): Reply {
  const body: Refusal = problems === undefined ? { error, message } : { error, message, problems };
  return { status, body };
}
