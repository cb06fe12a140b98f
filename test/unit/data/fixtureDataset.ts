import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src/data/articleFile';
import type { Dataset } from '../../../src/data/checkDataset';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../../src/data/dataFiles';

// Test datasets: a small valid base (test/fixtures/datasets/base plus the articles written for the
// tests in test/fixtures/articles), and broken fixtures in test/fixtures/broken/<class>/ that
// replace one or more of its files with a copy holding one kind of mistake.

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BASE = join(FIXTURES, 'datasets', 'base');
const ARTICLES = join(FIXTURES, 'articles');

const created: string[] = [];

/** Removes the folders buildDataDir made (call from afterAll). */
export function removeDataDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh data folder in the temp dir: the base dataset with the broken fixture's files laid over it. */
export function buildDataDir(broken?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `crossroads-${broken ?? 'base'}-`));
  created.push(dir);
  cpSync(BASE, dir, { recursive: true });
  mkdirSync(join(dir, 'articles'));
  cpSync(ARTICLES, join(dir, 'articles'), { recursive: true });
  if (broken !== undefined) {
    const overlay = join(FIXTURES, 'broken', broken);
    if (!existsSync(overlay)) throw new Error(`no broken fixture "${broken}"`);
    cpSync(overlay, dir, { recursive: true });
    // A fixture cannot hold the absence of a file: REMOVED lists the files it takes away.
    const removed = join(dir, 'REMOVED');
    if (existsSync(removed)) {
      for (const name of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, name));
      rmSync(removed);
    }
  }
  return dir;
}

/** Reads a data folder whose files all parse (cross-file problems only) into a Dataset. */
export function readDataset(dir: string): Dataset {
  const files: Partial<Record<DataFileKey, unknown>> = {};
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const parsed = parseDataFile(key, readFileSync(join(dir, DATA_FILES[key].file), 'utf8'));
    if (!parsed.ok) throw new Error(`${DATA_FILES[key].file} does not parse: ${parsed.problems[0]?.message}`);
    files[key] = parsed.data;
  }
  const articles = readdirSync(join(dir, 'articles'))
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const parsed = parseArticle(name, readFileSync(join(dir, 'articles', name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name} does not parse`);
      return parsed.article;
    });
  return { articles, ...files } as Dataset;
}

export const loadFixtureDataset = (broken?: string): Dataset => readDataset(buildDataDir(broken));

/** Every broken fixture class on disk. */
export const brokenClasses = (): string[] => readdirSync(join(FIXTURES, 'broken')).sort();
