import { csvFormatValue } from 'd3-dsv';

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

// A spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage return before
// one) as a formula: `=IMPORTXML(…)` in an article title would fetch and leak data on opening.
// OWASP's advice: prefix such a cell with ' and quote it, so it is read as text. Leading spaces
// and the full-width look-alikes are caught too, because spreadsheets skip or fold them.
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV field: a text cell that a spreadsheet would run as a formula is neutralised. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: "-5" in a number column is a value, not a formula.
  if (typeof value !== 'string') return csvFormatValue(String(value));
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return csvFormatValue(value);
}

/** CSV text for rows, in the given column order, every value quoted as the format needs. */
export function toCsv(rows: readonly CsvRow[], columns: readonly string[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return lines.join('\n');
}

export function saveCsv(rows: readonly CsvRow[], columns: readonly string[], filename: string): void {
  // A byte-order mark so spreadsheet programs read the quotes' curly apostrophes and dashes as UTF-8.
  saveBlob(new Blob(['\ufeff', toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }), filename);
}
