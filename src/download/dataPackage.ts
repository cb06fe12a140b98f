import { type CsvRow, toCsv } from '../lib/downloadFile';
import { type Column, type Table, tableRows } from './exportTables';

// A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): a CSV per
// record type and a datapackage.json that names, types and describes every column, and says how
// the tables refer to the articles.

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

// Text cells a spreadsheet would run as formulas are written with a leading apostrophe
// (src/lib/downloadFile.ts), as in the chart CSVs: the descriptor says so.
const NEUTRALISED =
  'Text cells that begin with =, +, - or @ are written with a leading apostrophe so that spreadsheets do not run them as formulas.';

/** A table with its rows, ready to write as one CSV resource. */
export interface TableExport {
  name: string;
  title: string;
  columns: readonly Omit<Column<never>, 'value'>[];
  rows: CsvRow[];
}

export const tableExport = <T>(table: Table<T>, records: readonly T[]): TableExport => ({
  name: table.name,
  title: table.title,
  columns: table.columns,
  rows: tableRows(table, records),
});

function resource(table: TableExport, withArticles: boolean) {
  const hasArticle = table.name !== 'articles' && table.columns.some((c) => c.name === 'article');
  return {
    name: table.name,
    title: table.title,
    path: `${table.name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    count: table.rows.length,
    schema: {
      fields: table.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      primaryKey: 'id',
      ...(hasArticle && withArticles
        ? { foreignKeys: [{ fields: 'article', reference: { resource: 'articles', fields: 'id' } }] }
        : {}),
    },
  };
}

/** The CSVs and datapackage.json for these tables; `scope` says in words what was selected. */
export function dataPackage(tables: readonly TableExport[], scope: string, created: Date): ExportFile[] {
  const withArticles = tables.some((t) => t.name === 'articles');
  const csvs = tables.map((table) => ({
    name: `${table.name}.csv`,
    // A byte-order mark so spreadsheet programs read the text as UTF-8.
    text: `\ufeff${toCsv(
      table.rows,
      table.columns.map((c) => c.name),
    )}`,
    type: 'text/csv;charset=utf-8',
  }));
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'crossroads-export',
    title: 'Crossroads: figures in the news, with their sources',
    description: `${scope} ${NEUTRALISED}`,
    created: created.toISOString(),
    resources: tables.map((t) => resource(t, withArticles)),
  };
  return [
    ...csvs,
    { name: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n`, type: 'application/json' },
  ];
}
