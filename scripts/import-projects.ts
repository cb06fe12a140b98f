import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport } from './lib/importProjects/report';
import { importProjects } from './lib/importProjects/run';

// npm run import:projects -- <file.csv> --geometry <file.geojson> [--out data] [--dry-run]
// Imports a project table in the layout of AidData's GCDF 3.0 export into <out>/projects.geojson
// (docs/IMPORT-PROJECTS.md). Rows update projects by id; nothing is duplicated; a bad row is
// named by line and column and skipped.

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      geometry: { type: 'string' },
      out: { type: 'string', default: 'data' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [csv] = positionals;
  if (csv === undefined || positionals.length > 1) {
    console.error(
      'usage: npm run import:projects -- <file.csv> --geometry <file.geojson> [--out data] [--dry-run]',
    );
    return 2;
  }
  const dryRun = values['dry-run'];
  const result = importProjects({ csv, geometry: values.geometry ?? null, out: values.out, dryRun });
  process.stdout.write(formatReport(result, { csv, out: values.out, dryRun }));
  return 0;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}\nNothing was written.`);
    process.exitCode = 1;
  }
}
