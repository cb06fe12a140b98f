import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ArticleBundleEntry } from '../../src/data/articleBundle.ts';
import { DATA_FILES } from '../../src/data/dataFileTable.ts';
import { decodeText } from '../../src/data/decodeText.ts';
import { searchIndexFile } from './searchIndexFile.ts';

/**
 * What the app fetches for the articles: each file's name and text, decoded by the app's own
 * decoder; a file that does not decode ships as its bytes, for the app to refuse as validate does.
 */
export function articleBundle(dir: string): string {
  const articlesDir = join(dir, 'articles');
  const names = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  const entries: ArticleBundleEntry[] = names.map((name) => {
    const file = `articles/${name}`;
    const bytes = readFileSync(join(articlesDir, name));
    const decoded = decodeText(bytes);
    return decoded.ok ? { file, text: decoded.text } : { file, base64: bytes.toString('base64') };
  });
  return JSON.stringify(entries);
}

/** Strips the indentation of a valid JSON file; anything else ships byte for byte, for the app to report. */
function minifyJson(bytes: Buffer): string | Buffer {
  const decoded = decodeText(bytes);
  try {
    return decoded.ok ? JSON.stringify(JSON.parse(decoded.text)) : bytes;
  } catch {
    return bytes;
  }
}

const PUBLIC_FILES: readonly string[] = Object.values(DATA_FILES).map((f) => f.file);

/** Files made from the data folder at build time, by name: each served at /data/ and emitted. */
const DERIVED_FILES: ReadonlyMap<string, (dir: string) => string> = new Map([
  ['search-index.json', searchIndexFile],
]);

/**
 * What the server answers for /data/<name>: the article bundle, a data file's bytes (minified
 * in a build), or null when there is no such file.
 */
export function dataFileBody(dir: string, name: string, minify: boolean): string | Buffer | null {
  if (name === 'articles.json') return articleBundle(dir);
  const derive = DERIVED_FILES.get(name);
  if (derive !== undefined) return derive(dir);
  if (!PUBLIC_FILES.includes(name) || !existsSync(join(dir, name))) return null;
  const bytes = readFileSync(join(dir, name));
  return minify ? minifyJson(bytes) : bytes;
}

/**
 * Serves the data folder at /data/ in dev and preview, and copies it into the build. The files
 * stay separate fetches, so one broken file breaks only the panels that need it.
 */
export function dataDirPlugin(dir: string): Plugin {
  return {
    name: 'crossroads-data-dir',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/data/')) return next();
        const body = dataFileBody(dir, path.slice('/data/'.length), false);
        if (body === null) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    generateBundle() {
      for (const name of ['articles.json', ...PUBLIC_FILES, ...DERIVED_FILES.keys()]) {
        const source = dataFileBody(dir, name, true);
        if (source !== null) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}
