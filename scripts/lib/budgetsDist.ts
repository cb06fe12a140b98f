import { posix } from 'node:path';
import type { AssetLoad, AssetType } from './budgets';

// Works out from a production build which files the first view loads. Pure: it is given the
// file list and a way to read a file's text, so tests can hand it a made-up build.

export interface HtmlRefs {
  scripts: string[];
  modulePreloads: string[];
  stylesheets: string[];
}

const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return found;
}

/** A same-origin URL from the page as a path inside dist/, or null for data:, http: and the like. */
export function toDistPath(url: string, from = ''): string | null {
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0] ?? '';
  const joined = path.startsWith('/') ? path : posix.join(posix.dirname(from), path);
  return posix.normalize(joined).replace(/^\/+/, '');
}

/** The entry scripts, modulepreloads and stylesheets index.html names. */
export function parseIndexHtml(html: string): HtmlRefs {
  const refs: HtmlRefs = { scripts: [], modulePreloads: [], stylesheets: [] };
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (/^<script/i.test(tag)) {
      const src = toDistPath(attrs.get('src') ?? '');
      if (src !== null) refs.scripts.push(src);
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = toDistPath(attrs.get('href') ?? '');
    if (href === null) continue;
    if (rel.includes('modulepreload')) refs.modulePreloads.push(href);
    else if (rel.includes('stylesheet')) refs.stylesheets.push(href);
  }
  return refs;
}

export interface JsImports {
  static: string[];
  dynamic: string[];
  /** Files the build preloads alongside each dynamic import (its CSS and shared chunks). */
  preloadsByDynamic: Map<string, string[]>;
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
const DYNAMIC_WITH_DEPS = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)\s*,\s*__vite__mapDeps\(\[([\d,\s]*)\]\)/g;
const DEPS_LIST = /__vite__mapDeps=[^[]*\[([^\]]*)\]/;

/** Relative imports of a built chunk, resolved to paths inside dist/. */
export function jsImports(code: string, file: string): JsImports {
  const resolve = (spec: string) => (/^\.{0,2}\//.test(spec) ? toDistPath(spec, file) : null);
  const collect = (pattern: RegExp) =>
    [...code.matchAll(pattern)].map((m) => resolve(m[1] ?? '')).filter((p): p is string => p !== null);
  const depsList = [...(DEPS_LIST.exec(code)?.[1] ?? '').matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) =>
    (m[1] ?? '').replace(/^\/+/, ''),
  );
  const preloadsByDynamic = new Map<string, string[]>();
  for (const m of code.matchAll(DYNAMIC_WITH_DEPS)) {
    const target = resolve(m[1] ?? '');
    if (target === null) continue;
    const indices = (m[2] ?? '').split(',').filter((s) => s.trim() !== '');
    preloadsByDynamic.set(
      target,
      indices.map((i) => depsList[Number(i)]).filter((p): p is string => p !== undefined),
    );
  }
  return { static: collect(STATIC_IMPORT), dynamic: collect(DYNAMIC_IMPORT), preloadsByDynamic };
}

export function assetType(file: string): AssetType {
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  if (/\.(json|geojson|topojson)$/.test(file)) return 'data';
  return 'other';
}

/** Derived data fetched on first use, not by the first view: article texts, in chunks when an
 * article is opened (src/data/articleIndex.ts), and the search index on the first search. */
const isOnDemandData = (file: string) =>
  file.startsWith('data/article-bodies/') || file === 'data/search-index.json';

/** Data the first view fetches: everything under data/ but what loads on demand, and the map's basemap at the root. */
const isFirstViewData = (file: string) =>
  assetType(file) === 'data' &&
  !isOnDemandData(file) &&
  (file.startsWith('data/') || /^basemap\.[a-z]+$/.test(file));

export interface Classified {
  file: string;
  type: AssetType;
  load: AssetLoad;
}

/**
 * Sorts every built file into critical, first-view-lazy, lazy or unused. `firstViewLazy` names the
 * lazy chunks the first view loads anyway (the map); their preloads and static imports join them.
 */
export function classifyAssets(
  files: readonly string[],
  readText: (file: string) => string,
  firstViewLazy: RegExp,
): Classified[] {
  const exists = new Set(files);
  const load = new Map<string, AssetLoad>();
  const imports = new Map<string, JsImports>();
  const importsOf = (file: string): JsImports => {
    let found = imports.get(file);
    if (found === undefined) {
      found =
        exists.has(file) && assetType(file) === 'js' ? jsImports(readText(file), file) : jsImports('', file);
      imports.set(file, found);
    }
    return found;
  };
  // Marks files and everything they import statically, never demoting a file already marked.
  const mark = (roots: readonly string[], as: AssetLoad) => {
    const stack = roots.filter((file) => exists.has(file));
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (load.has(file)) continue;
      load.set(file, as);
      stack.push(...importsOf(file).static.filter((dep) => exists.has(dep) && !load.has(dep)));
    }
  };

  const html = exists.has('index.html') ? parseIndexHtml(readText('index.html')) : null;
  if (exists.has('index.html')) load.set('index.html', 'critical');
  if (html !== null) mark([...html.scripts, ...html.modulePreloads, ...html.stylesheets], 'critical');
  mark(files.filter(isFirstViewData), 'critical');

  const isFirstViewChunk = (file: string) => firstViewLazy.test(posix.basename(file));
  for (const file of files.filter((f) => load.get(f) === 'critical' || isFirstViewChunk(f))) {
    const { dynamic, preloadsByDynamic } = importsOf(file);
    for (const target of dynamic.filter(isFirstViewChunk)) {
      mark([target, ...(preloadsByDynamic.get(target) ?? [])], 'first-view-lazy');
    }
  }
  mark(
    files.filter((f) => isFirstViewChunk(f) && ['js', 'css'].includes(assetType(f))),
    'first-view-lazy',
  );
  for (const file of files) {
    if (load.has(file)) continue;
    const type = assetType(file);
    const lazy = type === 'js' || type === 'css' || file.startsWith('assets/') || isOnDemandData(file);
    load.set(file, lazy ? 'lazy' : 'unused');
  }
  return files.map((file) => ({ file, type: assetType(file), load: load.get(file) ?? 'unused' }));
}
