import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Connect, Plugin } from 'vite';

// A static host worth the name compresses each file once, not at every request: nginx's
// gzip_static, a CDN's cache. Vite's preview server gzips every response as it sends it, in the
// one Node process, on the same two cores as the browser it serves. For the 3.4 MB of a decade's
// data that is about 50 ms of the server's CPU on every load, taken from the page being measured.
// So the build writes a gzip (level 9) beside each file it would compress, and the preview server
// sends that file as it is.

/** The types the preview server would gzip: text, scripts, styles, JSON and GeoJSON, SVG. */
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

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Answers a GET or HEAD for a built file from its `.gz` twin when the browser takes gzip. */
export function precompressedMiddleware(root: string): Connect.NextHandleFunction {
  const dist = resolve(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!acceptsGzip(req.headers['accept-encoding'])) return next();
    const file = fileUnder(dist, (req.url ?? '').split('?')[0] ?? '');
    const type = file === null ? undefined : COMPRESSIBLE[extname(file)];
    if (file === null || type === undefined || !existsSync(`${file}.gz`)) return next();
    const gz = statSync(`${file}.gz`);
    const etag = `W/"gz-${gz.size}-${gz.mtime.getTime()}"`;
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
    res.setHeader('Content-Length', gz.size);
    // Set here, the header also keeps the preview server's compression from gzipping it again.
    if (req.method === 'HEAD') res.end();
    // Read whole: the largest is a few hundred KB, and a stream would add a task per chunk.
    else res.end(readFileSync(`${file}.gz`));
  };
}

/** Writes `<file>.gz` beside every compressible file of the build, and serves them in preview. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crossroads-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Every file in the folder, not only the bundle's: the public folder's (the basemap) too.
    writeBundle: {
      order: 'post',
      handler() {
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
        for (const name of files) {
          const file = join(outDir, name);
          if (COMPRESSIBLE[extname(name)] === undefined || !statSync(file).isFile()) continue;
          const bytes = readFileSync(file);
          if (bytes.length >= MIN_BYTES) writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        }
      },
    },
    // Added in the hook itself, so it answers before the preview server's own compression.
    configurePreviewServer(server) {
      server.middlewares.use(
        precompressedMiddleware(resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
