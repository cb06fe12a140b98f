import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptsGzip,
  fileUnder,
  precompressedMiddleware,
  writeGzipTwins,
} from '../../../scripts/lib/precompress';

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers send it, and honours a refusal by q=0', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br, *;q=0.1')).toBe(true);
    expect(acceptsGzip('br, identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('fileUnder', () => {
  it('names files inside the build only', () => {
    expect(fileUnder('/srv/dist', '/data/figures.json')).toBe('/srv/dist/data/figures.json');
    expect(fileUnder('/srv/dist', '/data/%2e%2e/%2e%2e/secret.json')).toBeNull();
    expect(fileUnder('/srv/dist', '/../package.json')).toBeNull();
    expect(fileUnder('/srv/dist', '/data/a%00.json')).toBeNull();
    expect(fileUnder('/srv/dist', '/%E0%A4%A')).toBeNull();
  });
});

describe('the preview server’s gzip twins', () => {
  const parent = mkdtempSync(join(tmpdir(), 'precompress-'));
  const dir = join(parent, 'dist');
  const figures = JSON.stringify({ figures: Array.from({ length: 200 }, (_, i) => ({ id: `f${i}` })) });
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'figures.json'), figures);
    writeFileSync(join(dir, 'data', 'figures.json.gz'), gzipSync(figures));
    writeFileSync(join(dir, 'data', 'events.json'), '{"events":[]}');
    writeFileSync(join(dir, 'secret.bin'), 'binary');
    writeFileSync(join(dir, 'secret.bin.gz'), gzipSync('not served this way'));
    // Beside the build, not in it: a path that climbs out must not reach it.
    writeFileSync(join(parent, 'outside.json'), '{}');
    writeFileSync(join(parent, 'outside.json.gz'), gzipSync('{"outside":true}'));
    // A twin older than its file (the file edited since the build) is not sent.
    writeFileSync(join(dir, 'data', 'places.geojson'), '{"features":[1]}');
    writeFileSync(join(dir, 'data', 'places.geojson.gz'), gzipSync('{"features":[]}'));
    utimesSync(join(dir, 'data', 'places.geojson.gz'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    // A twin whose file is gone.
    writeFileSync(join(dir, 'data', 'gone.json.gz'), gzipSync('{}'));
    const middleware = precompressedMiddleware(dir);
    server = createServer((req, res) => {
      middleware(req, res, () => {
        // What the preview server would do next: its own files, compressed at request time.
        res.setHeader('X-Fell-Through', 'yes');
        res.end('fell through');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string>, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
      req.end();
    });

  it('sends the twin as it is, with the original type, to a browser that takes gzip', async () => {
    const res = await get('/data/figures.json?v=1', { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toBe(figures);
    const again = await get('/data/figures.json', {
      'accept-encoding': 'gzip',
      'if-none-match': String(res.headers.etag),
    });
    expect(again.status).toBe(304);
    const head = await get('/data/figures.json', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-length']).toBe(String(res.body.length));
  });

  it('leaves everything else to the server: no gzip accepted, no twin, a stale or orphan twin, a type it would not compress, a path outside', async () => {
    for (const [path, encoding] of [
      ['/data/figures.json', 'identity'],
      ['/data/events.json', 'gzip'],
      ['/data/places.geojson', 'gzip'],
      ['/data/gone.json', 'gzip'],
      ['/secret.bin', 'gzip'],
      ['/..%2foutside.json', 'gzip'],
      ['/data/%2e%2e/%2e%2e/outside.json', 'gzip'],
    ] as const) {
      const res = await get(path, { 'accept-encoding': encoding });
      expect(res.headers['x-fell-through'], path).toBe('yes');
      expect(res.headers['content-encoding'], path).toBeUndefined();
    }
  });
});

describe('writeGzipTwins', () => {
  it('writes a twin beside each file worth compressing, in every folder, and removes twins left over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'twins-'));
    try {
      const big = 'x'.repeat(5000);
      mkdirSync(join(dir, 'data', 'article-bodies'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), `<!doctype html>${big}`);
      writeFileSync(join(dir, 'data', 'article-bodies', '2016-01.json'), JSON.stringify([big]));
      writeFileSync(join(dir, 'basemap.json'), JSON.stringify({ big }));
      writeFileSync(join(dir, 'small.json'), '{}');
      writeFileSync(join(dir, 'small.json.gz'), gzipSync('{"stale":true}'));
      writeFileSync(join(dir, 'image.png'), big);
      writeFileSync(join(dir, 'orphan.js.gz'), gzipSync('old'));
      writeGzipTwins(dir);
      const twins = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.gz'))
        .sort();
      expect(twins).toEqual([
        'basemap.json.gz',
        join('data', 'article-bodies', '2016-01.json.gz'),
        'index.html.gz',
      ]);
      expect(gunzipSync(readFileSync(join(dir, 'basemap.json.gz'))).toString()).toBe(JSON.stringify({ big }));
      expect(existsSync(join(dir, 'small.json.gz'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
