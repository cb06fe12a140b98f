import { API_BASE, type Refusal, TOKEN_HEADER, TOKEN_META } from './model/channel';

// The workbench's one way to the dev server's endpoint: JSON, with the session token.

export type ApiResult<T> = { ok: true; body: T } | { ok: false; refusal: Refusal };

export interface WorkbenchApi {
  post<T>(route: 'hashes' | 'save' | 'undo' | 'ingest' | 'country', body: unknown): Promise<ApiResult<T>>;
}

export function pageToken(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
}

export function createApi(token: string): WorkbenchApi {
  return {
    async post<T>(route: string, body: unknown): Promise<ApiResult<T>> {
      try {
        const response = await fetch(`${API_BASE}${route}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(body),
        });
        const json = (await response.json()) as unknown;
        return response.ok ? { ok: true, body: json as T } : { ok: false, refusal: json as Refusal };
      } catch (error) {
        const message = `the dev server did not answer (${error instanceof Error ? error.message : String(error)}); is npm run curate still running?`;
        return { ok: false, refusal: { error: 'bad-request', message } };
      }
    },
  };
}
