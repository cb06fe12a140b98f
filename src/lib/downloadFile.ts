import { csvFormat } from 'd3-dsv';

// Downloads are built in the browser and handed over through a temporary blob: link, so saving
// a chart never makes a network request.

/** "Trade with Central Asia, by partner" → "trade-with-central-asia-by-partner". */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'chart' : slug.slice(0, 80);
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns; release it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type CsvRow = Record<string, string | number | boolean | null>;

/** CSV text for rows, in the given column order, with every value quoted as the format needs. */
export function toCsv(rows: readonly CsvRow[], columns: readonly string[]): string {
  const plain = rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => [c, row[c] === null || row[c] === undefined ? '' : String(row[c])]),
    ),
  );
  return csvFormat(plain, [...columns]);
}

export function saveCsv(rows: readonly CsvRow[], columns: readonly string[], filename: string): void {
  // A byte-order mark so spreadsheet programs read the quotes' curly apostrophes and dashes as UTF-8.
  saveBlob(new Blob(['\ufeff', toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }), filename);
}
