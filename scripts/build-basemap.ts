import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countriesFileSchema } from '../src/data/schema';
import { FRAME } from '../src/map/frame';
import { writeFileAtomic } from './lib/atomicWrite';
import { type BasemapOptions, buildBasemap } from './lib/basemap';
import { ISO_BY_NUMERIC } from './lib/basemapIso';

// npm run basemap: builds public/basemap.json, the offline country shapes the map draws, from
// Natural Earth 1:50m (the world-atlas package) clipped to the map's frame. The output depends
// only on its inputs, so running it twice gives the same bytes. Prints raw and gzip sizes.

export const BASEMAP_OPTIONS = {
  frame: FRAME,
  // Tuned by eye and by size: Israel, Lebanon, Kyrgyzstan's Fergana border and Tajikistan's
  // enclaves keep their shape; the file stays well under 80 KB gzip. A 4,000-step grid (about
  // 3.5 km here) is about Natural Earth 1:50m's own detail and saves 8 KB against 10,000.
  minWeight: 0.0008,
  minRingArea: 0.02,
  quantization: 4_000,
} as const;

export const GZIP_BUDGET_BYTES = 80 * 1024;

export function basemapJson(root: string): string {
  const atlas = JSON.parse(
    readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  );
  const countries = countriesFileSchema.parse(
    JSON.parse(readFileSync(resolve(root, 'data/countries.json'), 'utf8')),
  );
  const options: BasemapOptions = {
    ...BASEMAP_OPTIONS,
    isoByNumeric: new Map(ISO_BY_NUMERIC.map(([numeric, alpha3]) => [numeric, alpha3])),
    names: new Map(countries.countries.map((c) => [c.code, c.name])),
  };
  return `${JSON.stringify(buildBasemap(atlas, options))}\n`;
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(root, 'public/basemap.json');
  const json = basemapJson(root);
  mkdirSync(dirname(out), { recursive: true });
  writeFileAtomic(out, json);
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: 9 }).length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`basemap: wrote ${out}`);
  console.log(`basemap: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(GZIP_BUDGET_BYTES)} gzip)`);
  if (gzip > GZIP_BUDGET_BYTES) {
    console.error('basemap: over budget');
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
