import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../../src/data/dataFiles.ts';

/** What the app fetches for the articles: each file's name and raw text, parsed in the browser. */
export interface ArticleBundleEntry {
  file: string;
  text: string;
}

export function articleBundle(dir: string): string {
  const articlesDir = join(dir, 'articles');
  const names = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  const entries: ArticleBundleEntry[] = names.map((name) => ({
    file: `articles/${name}`,
    text: readFileSync(join(articlesDir, name), 'utf8'),
  }));
  return JSON.stringify(entries);
}

/** Strips the indentation of a valid JSON file; anything else ships as it is, for the app to report. */
function minifyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

const PUBLIC_FILES: readonly string[] = Object.values(DATA_FILES).map((f) => f.file);

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
        const name = path.slice('/data/'.length);
        const body =
          name === 'articles.json'
            ? articleBundle(dir)
            : PUBLIC_FILES.includes(name) && existsSync(join(dir, name))
              ? readFileSync(join(dir, name), 'utf8')
              : null;
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
      this.emitFile({ type: 'asset', fileName: 'data/articles.json', source: articleBundle(dir) });
      for (const name of PUBLIC_FILES) {
        const path = join(dir, name);
        if (existsSync(path))
          this.emitFile({
            type: 'asset',
            fileName: `data/${name}`,
            source: minifyJson(readFileSync(path, 'utf8')),
          });
      }
    },
  };
}
