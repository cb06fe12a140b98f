// Performance budgets for the production build, as pure functions over a list of assets, so
// the rules can be tested on made-up builds. scripts/size-report.ts measures the real one.

export type AssetType = 'js' | 'css' | 'data' | 'html' | 'other';

/**
 * How the first view gets an asset: `critical` (index.html, its entry script, modulepreloads and
 * stylesheets, and the data every first view fetches), `first-view-lazy` (a lazy chunk the first
 * view still loads at once, such as the map), `lazy` (loaded later, if ever) or `unused`.
 */
export type AssetLoad = 'critical' | 'first-view-lazy' | 'lazy' | 'unused';

export interface Asset {
  /** Path inside dist/, with forward slashes. */
  file: string;
  type: AssetType;
  load: AssetLoad;
  raw: number;
  /** zlib gzip, level 9. */
  gzip: number;
}

export interface Budget {
  id: string;
  label: string;
  /** Bytes of gzip (1 KB = 1000 bytes). */
  limit: number;
  includes: (asset: Asset) => boolean;
}

export const KB = 1000;

const inFirstView = (asset: Asset) => asset.load === 'critical' || asset.load === 'first-view-lazy';

export const BUDGETS: readonly Budget[] = [
  {
    id: 'first-view',
    label: 'first-view transfer (HTML, JS, CSS, data, basemap and the lazy map chunk)',
    limit: 250 * KB,
    includes: inFirstView,
  },
  {
    id: 'critical-js',
    label: 'JavaScript on the critical path (entry and its static imports)',
    limit: 130 * KB,
    includes: (asset) => asset.load === 'critical' && asset.type === 'js',
  },
];

export interface BudgetResult {
  budget: Budget;
  /** The assets the budget counts, largest first. */
  assets: Asset[];
  total: number;
  ok: boolean;
  message: string;
}

export const formatKB = (bytes: number): string =>
  bytes < 100 ? `${bytes} B` : `${(bytes / KB).toFixed(1)} KB`;

export function checkBudget(budget: Budget, assets: readonly Asset[]): BudgetResult {
  const counted = assets.filter(budget.includes).sort((a, b) => b.gzip - a.gzip);
  const total = counted.reduce((sum, asset) => sum + asset.gzip, 0);
  const ok = total <= budget.limit;
  const head = `${budget.label}: ${formatKB(total)} gzip`;
  if (ok) return { budget, assets: counted, total, ok, message: `${head}, within ${formatKB(budget.limit)}` };
  const names = counted.map((asset) => `${asset.file} (${formatKB(asset.gzip)})`).join(', ');
  return {
    budget,
    assets: counted,
    total,
    ok,
    message: `${head} exceeds the ${formatKB(budget.limit)} budget by ${formatKB(total - budget.limit)}; assets: ${names}`,
  };
}

export const checkBudgets = (
  assets: readonly Asset[],
  budgets: readonly Budget[] = BUDGETS,
): BudgetResult[] => budgets.map((budget) => checkBudget(budget, assets));

export interface SourceFile {
  path: string;
  text: string;
}

export interface WholesaleImport {
  path: string;
  line: number;
  text: string;
}

// The whole `d3` package (or a namespace over it) defeats tree shaking: only named imports from
// the d3-* modules are allowed.
const WHOLESALE_D3 = [
  /\bfrom\s*['"]d3['"]/,
  /\bimport\s*\*\s*as\s+d3\b/,
  /\bimport\s*['"]d3['"]/,
  /\bimport\s*\(\s*['"]d3['"]\s*\)/,
  /\brequire\s*\(\s*['"]d3['"]\s*\)/,
];

export function findWholesaleD3(files: readonly SourceFile[]): WholesaleImport[] {
  const found: WholesaleImport[] = [];
  for (const { path, text } of files) {
    text.split('\n').forEach((line, index) => {
      if (WHOLESALE_D3.some((pattern) => pattern.test(line)))
        found.push({ path, line: index + 1, text: line.trim() });
    });
  }
  return found;
}
