import { type Asset, BUDGETS, checkBudgets, findWholesaleD3, KB } from '../../../scripts/lib/budgets';

const asset = (file: string, type: Asset['type'], load: Asset['load'], gzipKB: number): Asset => ({
  file,
  type,
  load,
  raw: gzipKB * KB * 3,
  gzip: gzipKB * KB,
});

const shell: Asset[] = [
  asset('index.html', 'html', 'critical', 1),
  asset('assets/index-a1.js', 'js', 'critical', 90),
  asset('assets/index-b2.css', 'css', 'critical', 3),
  asset('data/figures.json', 'data', 'critical', 10),
  asset('basemap.json', 'data', 'critical', 40),
  asset('assets/MapView-c3.js', 'js', 'first-view-lazy', 45),
  asset('assets/MapView-d4.css', 'css', 'first-view-lazy', 6),
  asset('assets/ExportDialog-e5.js', 'js', 'lazy', 300),
];
const result = (assets: Asset[], id: string) => {
  const found = checkBudgets(assets).find((r) => r.budget.id === id);
  if (found === undefined) throw new Error(`no budget ${id}`);
  return found;
};

describe('performance budgets', () => {
  it('are 250 KB for the first view and 130 KB for critical JavaScript, gzip', () => {
    expect(BUDGETS.map((b) => [b.id, b.limit])).toEqual([
      ['first-view', 250 * KB],
      ['critical-js', 130 * KB],
    ]);
  });

  it('pass a build within both, counting the lazy map chunk in the first view only', () => {
    const firstView = result(shell, 'first-view');
    expect(firstView.ok).toBe(true);
    expect(firstView.total).toBe(195 * KB);
    expect(firstView.assets.map((a) => a.file)).toContain('assets/MapView-c3.js');
    expect(firstView.assets.map((a) => a.file)).not.toContain('assets/ExportDialog-e5.js');
    const js = result(shell, 'critical-js');
    expect(js.ok).toBe(true);
    expect(js.assets.map((a) => a.file)).toEqual(['assets/index-a1.js']);
  });

  it('name the budget and every asset it counts when the first view is too heavy', () => {
    const heavy = [...shell, asset('data/projects.geojson', 'data', 'critical', 80)];
    const firstView = result(heavy, 'first-view');
    expect(firstView.ok).toBe(false);
    expect(firstView.message).toMatch(
      /^first-view transfer .*: 275\.0 KB gzip exceeds the 250\.0 KB budget by 25\.0 KB/,
    );
    expect(firstView.message).toContain('data/projects.geojson (80.0 KB)');
    expect(firstView.message).toContain('assets/MapView-c3.js (45.0 KB)');
    expect(firstView.message).not.toContain('ExportDialog');
    expect(result(heavy, 'critical-js').ok).toBe(true);
  });

  it('fail critical JavaScript over 130 KB, naming the entry and its static imports, not the map', () => {
    const heavy = [...shell, asset('assets/vendor-f6.js', 'js', 'critical', 41)];
    const js = result(heavy, 'critical-js');
    expect(js.ok).toBe(false);
    expect(js.message).toMatch(
      /JavaScript on the critical path .*: 131\.0 KB gzip exceeds the 130\.0 KB budget by 1\.0 KB/,
    );
    expect(js.message).toContain('assets/index-a1.js (90.0 KB), assets/vendor-f6.js (41.0 KB)');
    expect(js.message).not.toContain('MapView');
  });

  it('allow a build exactly at a limit', () => {
    const exact = [asset('assets/index-a1.js', 'js', 'critical', 130)];
    expect(result(exact, 'critical-js').ok).toBe(true);
    expect(result([asset('assets/index-a1.js', 'js', 'critical', 130.001)], 'critical-js').ok).toBe(false);
  });
});

describe('the wholesale d3 import check', () => {
  it('finds the d3 package and d3 namespaces, with file and line, and allows named d3-* imports', () => {
    const hits = findWholesaleD3([
      {
        path: 'src/charts/ok.ts',
        text: 'import { scaleLinear } from \'d3-scale\';\nimport { max } from "d3-array";',
      },
      { path: 'src/charts/bad.ts', text: "import { line } from 'd3-shape';\nimport * as d3 from 'd3';" },
      { path: 'src/charts/alsoBad.ts', text: 'import { select } from "d3";' },
      { path: 'src/charts/namespace.ts', text: "import * as d3 from 'd3-scale';" },
      { path: 'src/charts/lazy.ts', text: "const d3 = await import('d3');" },
    ]);
    expect(hits).toEqual([
      { path: 'src/charts/bad.ts', line: 2, text: "import * as d3 from 'd3';" },
      { path: 'src/charts/alsoBad.ts', line: 1, text: 'import { select } from "d3";' },
      { path: 'src/charts/namespace.ts', line: 1, text: "import * as d3 from 'd3-scale';" },
      { path: 'src/charts/lazy.ts', line: 1, text: "const d3 = await import('d3');" },
    ]);
  });
});
