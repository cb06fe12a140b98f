import { describe, expect, it } from 'vitest';
import { dataPackage, tableExport } from '../../../src/download/dataPackage';
import { articleTable, figureTable } from '../../../src/download/exportTables';
import { seedFile } from '../state/seedStore';

describe('dataPackage', () => {
  const figures = seedFile('figures').figures;
  const titles = new Map([[figures[0]?.source.article ?? '', '=HYPERLINK("x") title']]);
  const files = dataPackage(
    [
      tableExport(figureTable(titles), figures),
      tableExport(articleTable, [
        { id: 'a', title: '@SUM(1)', publisher: null, published: null, publishedAsWritten: null },
      ]),
    ],
    'Every record in the data.',
    new Date('2026-01-02T03:04:05Z'),
  );

  it('writes a CSV per table and a descriptor naming, typing and describing every column', () => {
    expect(files.map((f) => f.name)).toEqual(['figures.csv', 'articles.csv', 'datapackage.json']);
    const descriptor = JSON.parse(files[2]?.text ?? '{}');
    expect(descriptor.profile).toBe('tabular-data-package');
    const figureResource = descriptor.resources[0];
    const header = (files[0]?.text ?? '').replace('\ufeff', '').split('\n')[0]?.split(',');
    expect(figureResource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    for (const field of figureResource.schema.fields) expect(field.description.length).toBeGreaterThan(3);
    expect(figureResource.count).toBe(figures.length);
    expect(figureResource.schema.foreignKeys[0].reference).toEqual({ resource: 'articles', fields: 'id' });
  });

  it('neutralises cells a spreadsheet would run as formulas, as the chart CSVs do', () => {
    expect(files[0]?.text).toContain(`"'=HYPERLINK(""x"") title"`);
    expect(files[1]?.text).toContain(`"'@SUM(1)"`);
    expect(files[0]?.text).toContain(figures[0]?.source.quote.slice(0, 20) ?? 'none');
  });
});
