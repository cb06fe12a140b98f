import { classifyAssets, jsImports, parseIndexHtml, toDistPath } from '../../../scripts/lib/budgetsDist';

// A made-up build in the shape the bundler writes: an entry that imports a shared chunk, lazily
// imports the map (with its CSS listed in the preload table) and an export dialog.
const INDEX_HTML = `<!doctype html><html><head>
  <link rel="icon" href="data:," />
  <script type="module" crossorigin src="/assets/index-A1.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-B2.js">
  <link rel="stylesheet" crossorigin href="/assets/index-C3.css">
  <link rel="stylesheet" href="https://elsewhere.example/x.css">
</head><body><div id="root"></div></body></html>`;
const ENTRY = [
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/MapView-D4.js","assets/MapView-E5.css","assets/ExportDialog-F6.js"])))=>i.map(i=>d[i]);',
  'import{a as e}from"./vendor-B2.js";',
  'var t=lazy(()=>P(()=>import(`./MapView-D4.js`),__vite__mapDeps([0,1])));',
  'var u=lazy(()=>P(()=>import(`./ExportDialog-F6.js`),__vite__mapDeps([2])));',
].join('');
const BUILD: Record<string, string> = {
  'index.html': INDEX_HTML,
  'assets/index-A1.js': ENTRY,
  'assets/vendor-B2.js': 'export const a=1;',
  'assets/index-C3.css': 'body{}',
  'assets/MapView-D4.js': 'import{a as e}from"./vendor-B2.js";import"./leaflet-G7.js";',
  'assets/leaflet-G7.js': 'export{};',
  'assets/MapView-E5.css': '.leaflet-container{}',
  'assets/ExportDialog-F6.js': 'import{a}from"./vendor-B2.js";',
  'assets/layers-H8.png': '',
  'data/figures.json': '{}',
  'data/article-index.json': '{}',
  'data/article-bodies/2025-06.json': '{}',
  'basemap.json': '{}',
  'robots.txt': 'User-agent: *',
};
const read = (file: string) => BUILD[file] ?? '';
const loads = (pattern: RegExp) =>
  Object.fromEntries(
    classifyAssets(Object.keys(BUILD), read, pattern).map((a) => [a.file, `${a.type}:${a.load}`]),
  );

describe('reading the build', () => {
  it('takes the entry script, modulepreloads and stylesheets from index.html, skipping other origins', () => {
    expect(parseIndexHtml(INDEX_HTML)).toEqual({
      scripts: ['assets/index-A1.js'],
      modulePreloads: ['assets/vendor-B2.js'],
      stylesheets: ['assets/index-C3.css'],
    });
  });

  it('turns page URLs into dist paths', () => {
    expect(toDistPath('/assets/a.js?v=1')).toBe('assets/a.js');
    expect(toDistPath('./b.js', 'assets/a.js')).toBe('assets/b.js');
    expect(toDistPath('../data/x.json', 'assets/a.js')).toBe('data/x.json');
    expect(toDistPath('data:,')).toBeNull();
    expect(toDistPath('https://elsewhere.example/x.js')).toBeNull();
  });

  it('finds static imports, dynamic imports and what each dynamic import preloads', () => {
    const found = jsImports(ENTRY, 'assets/index-A1.js');
    expect(found.static).toEqual(['assets/vendor-B2.js']);
    expect(found.dynamic).toEqual(['assets/MapView-D4.js', 'assets/ExportDialog-F6.js']);
    expect(found.preloadsByDynamic.get('assets/MapView-D4.js')).toEqual([
      'assets/MapView-D4.js',
      'assets/MapView-E5.css',
    ]);
  });

  it('marks the critical path, the lazy map with its CSS and imports, later chunks and unused files', () => {
    expect(loads(/map|leaflet/i)).toEqual({
      'index.html': 'html:critical',
      'assets/index-A1.js': 'js:critical',
      'assets/vendor-B2.js': 'js:critical',
      'assets/index-C3.css': 'css:critical',
      'assets/MapView-D4.js': 'js:first-view-lazy',
      'assets/leaflet-G7.js': 'js:first-view-lazy',
      'assets/MapView-E5.css': 'css:first-view-lazy',
      'assets/ExportDialog-F6.js': 'js:lazy',
      'assets/layers-H8.png': 'other:lazy',
      'data/figures.json': 'data:critical',
      'data/article-index.json': 'data:critical',
      'data/article-bodies/2025-06.json': 'data:lazy',
      'basemap.json': 'data:critical',
      'robots.txt': 'other:unused',
    });
  });

  it("follows a first-view chunk's preload table even when only the chunk's own name matches", () => {
    const marked = loads(/^MapView-D4\.js$/);
    expect(marked['assets/MapView-E5.css']).toBe('css:first-view-lazy');
    expect(marked['assets/leaflet-G7.js']).toBe('js:first-view-lazy');
    expect(marked['assets/ExportDialog-F6.js']).toBe('js:lazy');
  });
});
