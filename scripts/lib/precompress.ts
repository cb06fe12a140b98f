import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Connect, Plugin } from 'vite';

// A static host worth the name compresses each file once, not at every request: nginx's
// gzip_static, a CDN's cache. Vite's preview server gzips what it sends as it sends it, in its one
// Node process, on the same two cores as the browser it serves: for the 3.4 MB of a decade's data,
// about 50 ms of CPU on every load. It also sends GeoJSON as it is (its rule compresses text,
// JavaScript, `/json` and XML types, not `application/geo+json`). So the build writes a gzip
// (level 9) beside each file worth compressing, and the preview server sends that file as it is.

/** The types worth compressing, with the type each is sent as. */
const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
/** Below this, gzip's header and the extra file cost more than they save (the preview server's own limit). */
const MIN_BYTES = 1024;

/** The file under `root` that a request path names, or null for a path that leaves it. */
export function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded));
  return file.startsWith(root + sep) ? file : null;
}

/** Whether the request's Accept-Encoding takes gzip: named without q=0, or else covered by `*`. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const codings = new Map(
    value.split(',').map((part) => {
      const [coding = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [coding.trim(), q === undefined ? 1 : Number(q.slice(2))] as const;
    }),
  );
  const q = codings.get('gzip') ?? codings.get('*') ?? 0;
  return q > 0;
}

/** The `.gz` twin of a built file, when there is one no older than the file itself. */
function freshTwin(file: string): { path: string; size: number; mtimeMs: number } | null {
  const path = `${file}.gz`;
  const original = statSync(file, { throwIfNoEntry: false });
  const twin = statSync(path, { throwIfNoEntry: false });
  if (!original?.isFile() || !twin?.isFile() || twin.mtimeMs < original.mtimeMs) return null;
  return { path, size: twin.size, mtimeMs: twin.mtimeMs };
}

/** Answers a GET or HEAD for a built file from its `.gz` twin when the browser takes gzip. */
export function precompressedMiddleware(root: string): Connect.NextHandleFunction {
  const dist = resolve(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!acceptsGzip(req.headers['accept-encoding'])) return next();
    const file = fileUnder(dist, (req.url ?? '').split('?')[0] ?? '');
    const type = file === null ? undefined : COMPRESSIBLE[extname(file)];
    const twin = file === null || type === undefined ? null : freshTwin(file);
    if (twin === null || type === undefined) return next();
    const etag = `W/"gz-${twin.size}-${Math.floor(twin.mtimeMs)}"`;
    const vary = res.getHeader('Vary');
    res.setHeader('Vary', vary === undefined ? 'Accept-Encoding' : `${String(vary)}, Accept-Encoding`);
    // As the preview server's own files: revalidated on every load, answered 304 when unchanged.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', twin.size);
    // Read whole: the largest is a few hundred KB, and a stream would add a task per chunk.
    if (req.method === 'HEAD') res.end();
    else res.end(readFileSync(twin.path));
  };
}

/**
 * Writes `<file>.gz` beside every file of the folder worth compressing, the public folder's
 * included, and removes every other `.gz`: twins left from an earlier build in the same folder.
 */
export function writeGzipTwins(outDir: string): void {
  const names = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(join(outDir, name)).isFile(),
  );
  const twins = new Set<string>();
  for (const name of names) {
    if (name.endsWith('.gz') || COMPRESSIBLE[extname(name)] === undefined) continue;
    const bytes = readFileSync(join(outDir, name));
    if (bytes.length < MIN_BYTES) continue;
    writeFileSync(join(outDir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
    twins.add(`${name}.gz`);
  }
  for (const name of names) if (name.endsWith('.gz') && !twins.has(name)) rmSync(join(outDir, name));
}

/** Writes the gzip twins after every build, and serves them in preview. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crossroads-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: { order: 'post', handler: () => writeGzipTwins(outDir) },
    // Added in the hook itself: it answers before the preview server's own files.
    configurePreviewServer(server) {
      server.middlewares.use(
        precompressedMiddleware(resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
