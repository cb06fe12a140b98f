// The first load's files, read by the entry while the app's own script downloads. The page
// preloads them from its head (scripts/lib/dataDirPlugin.ts), but a preloaded response is only
// read once the app asks for it, and the app asks from its main module: each body then waited for
// that module's evaluation (one task of 60–90 ms on two cores) and was read after it, at corpus
// scale a megabyte at a time. Read here, in the idle time between the first paint and the app's
// arrival, the bytes are waiting when the app asks. Kept tiny: it is part of the entry.

/** A response as the app's fetchText reads it: status, type and the body's bytes. */
export interface EarlyResponse {
  status: number;
  statusText: string;
  contentType: string;
  bytes: Uint8Array;
}

const early = new Map<string, Promise<EarlyResponse>>();

/** Fetches a file and reads its whole body. */
export async function readResponse(path: string): Promise<EarlyResponse> {
  const response = await fetch(path);
  return {
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/**
 * Starts reading every file under `folder` (the data's path) that the page preloads as a fetch.
 * Only the data: other preloads (the basemap) are fetched by code that does not look here.
 */
export function readPreloads(doc: Document, folder: string): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) {
    const url = new URL(link.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(folder) || early.has(url.pathname))
      continue;
    const reading = readResponse(url.pathname);
    // Not yet taken, a failed read is dropped and the file fetched again when asked for; taken,
    // it fails as that fetch would have.
    reading.catch(() => early.delete(url.pathname));
    early.set(url.pathname, reading);
  }
}

/** The early read of `path`, once: a later ask (a reload after the data changed) fetches anew. */
export function takeEarly(path: string): Promise<EarlyResponse> | undefined {
  const reading = early.get(path);
  early.delete(path);
  return reading;
}
