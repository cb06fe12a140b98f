import { csvFormat } from 'd3-dsv';
import { COLUMNS } from './columns';

// A made-up project table in the layout of AidData's GCDF 3.0 export, with its geometry file:
// deterministic, so the test fixture (test/fixtures/import) and the 21,000-row benchmark come
// from the same code. Every `every`-th kind of trouble is planted on purpose: rows without
// geometry, bad values, duplicate ids, countries not in countries.json, cancelled loans.

export interface SampleOptions {
  rows: number;
  /** A later edition: some records change status and amount, and new records follow. */
  newer?: boolean;
}

const ANCHORS: Record<string, [number, number]> = {
  KAZ: [67, 48],
  KGZ: [74.6, 41.4],
  UZB: [64.4, 41.4],
  TJK: [71, 38.8],
  TKM: [59.4, 39],
  IRN: [53.7, 32.4],
  TUR: [35.2, 39],
  AFG: [66, 33.9],
};
const CODES = Object.keys(ANCHORS);
const FUNDERS = [
  'China Development Bank',
  'Export-Import Bank of China',
  'Industrial and Commercial Bank of China (ICBC)',
  'Silk Road Fund',
  'Bank of China',
];
const PLANS = [
  ['TRANSPORT AND STORAGE', 'Railway line'],
  ['TRANSPORT AND STORAGE', 'Highway section'],
  ['TRANSPORT AND STORAGE', 'Logistics terminal'],
  ['ENERGY', 'Power plant'],
  ['ENERGY', 'Nuclear power plant feasibility'],
  ['INDUSTRY, MINING, CONSTRUCTION', 'Copper mine'],
  ['HEALTH', 'Hospital'],
] as const;
const STATUSES = ['Completion', 'Implementation', 'Pipeline: Commitment', 'Pipeline: Pledge', 'Cancelled'];

/** A small seeded generator (mulberry32): the same rows on every machine. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Cells = Record<string, string>;

export function sampleTable({ rows, newer = false }: SampleOptions): { csv: string; geojson: string } {
  const next = random(23);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const table: Cells[] = [];
  const features: unknown[] = [];
  const total = newer ? rows + Math.ceil(rows / 10) : rows;
  for (let i = 0; i < total; i++) {
    const record = String(10000 + i);
    const code = i % 97 === 13 ? 'ZMB' : pick(CODES);
    const [sector, noun] = pick(PLANS);
    const start = 2008 + Math.floor(next() * 14);
    let status = pick(STATUSES);
    let amount = Math.round(next() * 2e9);
    // The newer edition moves every seventh project on and revises its amount.
    if (newer && i < rows && i % 7 === 0) {
      status = 'Completion';
      amount += 1_000_000;
    }
    const cells: Cells = {
      [COLUMNS.record]: record,
      [COLUMNS.title]: `${noun} ${i} in ${code}${i % 50 === 7 ? ', phase "2"\nwith a line break' : ''}`,
      [COLUMNS.recipient]: code,
      [COLUMNS.commitmentYear]: String(start - 1),
      [COLUMNS.startYear]: status.startsWith('Pipeline') ? '' : String(start),
      [COLUMNS.completionYear]: status === 'Completion' ? String(start + 3) : '',
      [COLUMNS.status]: status,
      [COLUMNS.sector]: sector,
      [COLUMNS.flowType]: pick(['Loan', 'Grant', 'Export buyer’s credit']),
      [COLUMNS.amountConstant]: String(amount),
      [COLUMNS.amountNominal]: i % 3 === 0 ? '' : String(Math.round(amount * 0.8)),
      [COLUMNS.funders]: i % 4 === 0 ? `${pick(FUNDERS)}|${pick(FUNDERS)}` : pick(FUNDERS),
      [COLUMNS.implementers]: 'China Railway Group',
      [COLUMNS.aggregates]: i % 9 === 0 ? 'No' : 'Yes',
    };
    // Planted bad values, one kind each, spread through the table.
    if (i % 61 === 5) cells[COLUMNS.recipient] = 'KZ';
    if (i % 61 === 17) cells[COLUMNS.startYear] = '20x5';
    if (i % 61 === 29) cells[COLUMNS.amountConstant] = 'n/a';
    if (i % 61 === 41) cells[COLUMNS.title] = '';
    table.push(cells);
    // Every eleventh record has no geometry; the rest a point, or a line for a railway.
    if (i % 11 === 3) continue;
    const [x, y] = ANCHORS[code] ?? [20, 0];
    const at = (dx: number, dy: number) => [Number((x + dx).toFixed(4)), Number((y + dy).toFixed(4))];
    const geometry =
      noun === 'Railway line'
        ? { type: 'LineString', coordinates: [at(-1, 0), at(0, 0.5), at(1, 0.2)] }
        : i % 29 === 0
          ? { type: 'Polygon', coordinates: [[at(0, 0), at(0.2, 0), at(0.2, 0.2), at(0, 0)]] }
          : { type: 'Point', coordinates: at(next() * 4 - 2, next() * 4 - 2) };
    features.push({ type: 'Feature', properties: { id: record }, geometry });
  }
  // Duplicates: every hundredth row appears again at the end, unchanged.
  for (let i = 1; i < rows; i += 100) table.push({ ...(table[i] as Cells) });
  features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } });
  return {
    csv: `${csvFormat(table, Object.values(COLUMNS))}\n`,
    geojson: `${JSON.stringify({ type: 'FeatureCollection', features })}\n`,
  };
}
