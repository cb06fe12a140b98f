import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countriesFileSchema, type ProjectFeature, projectsFileSchema } from '../../../src/data/schema';
import { writeFileAtomic } from '../atomicWrite';
import { LOCK_NAME, lockFolder } from '../folderLock';
import { readTextFile } from '../readText';
import { indexGeometry } from './geometry';
import { type ImportPlan, planImport } from './plan';

// The import's input and output: reads the table, the geometry and the data folder's projects
// and countries, plans, and (unless a dry run) writes projects.geojson atomically, all under the
// data folder's ingest lock, so a concurrent ingest or import waits for this one.

export interface ImportOptions {
  csv: string;
  geometry: string | null;
  out: string;
  dryRun: boolean;
  /** Tests pause a run here, inside the lock; the CLI passes nothing. */
  whileLocked?: () => void;
}

export interface ImportResult {
  plan: ImportPlan;
  geometryProblems: string[];
  written: boolean;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readTextFile(path));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

function readProjects(path: string): ProjectFeature[] {
  if (!existsSync(path)) return [];
  const parsed = projectsFileSchema.safeParse(readJson(path));
  if (!parsed.success)
    throw new Error(`${path} does not validate; run npm run validate and fix it before importing`);
  return parsed.data.features;
}

/** The projects file as the data folder keeps it: two-space JSON, one trailing newline. */
export const serialiseProjects = (features: readonly ProjectFeature[]): string =>
  `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;

export function importProjects(options: ImportOptions): ImportResult {
  const { out } = options;
  const countries = countriesFileSchema.safeParse(readJson(join(out, 'countries.json')));
  if (!countries.success) throw new Error(`${join(out, 'countries.json')} does not validate`);
  const csvText = readTextFile(options.csv);
  const geometry =
    options.geometry === null
      ? { byRecord: new Map(), problems: [] }
      : indexGeometry(readFileSync(options.geometry, 'utf8'));
  const release = lockFolder(out, {
    onWait: (pid) =>
      console.error(`import: waiting for another ingest (process ${pid}) to finish with ${out}`),
    onStale: () => console.log(`removed  ${join(out, LOCK_NAME)} (left by an interrupted run)`),
  });
  try {
    options.whileLocked?.();
    // Planned inside the lock: a run that waited sees what the one before it wrote.
    const path = join(out, 'projects.geojson');
    const plan = planImport(csvText, geometry, readProjects(path), countries.data);
    const changes = plan.added.length + plan.updated.length;
    if (!options.dryRun && changes > 0) writeFileAtomic(path, serialiseProjects(plan.features));
    return { plan, geometryProblems: geometry.problems, written: !options.dryRun && changes > 0 };
  } finally {
    release();
  }
}
