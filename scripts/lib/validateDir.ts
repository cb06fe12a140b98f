import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/data/articleFile';
import { checkDataset, type Dataset } from '../../src/data/checkDataset';
import { DATA_FILES, type DataFileKey, parseDataFile } from '../../src/data/dataFiles';
import type { Problem } from '../../src/data/problem';
import type { Article } from '../../src/data/schema';
import { readTextFile } from './readText';

export interface DirValidation {
  problems: Problem[];
  /** Present only when every file parsed, so the cross-file checks could run. */
  dataset: Dataset | null;
}

const fileProblem = (file: string, message: string): Problem => ({
  level: 'error',
  file,
  record: null,
  field: null,
  message,
});

/** Reads a file as text; an unreadable or wrongly encoded file becomes a problem, not a crash. */
function readOrProblem(path: string, file: string, problems: Problem[]): string | null {
  try {
    return readTextFile(path);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(`${path}: `, '') : String(error);
    problems.push(fileProblem(file, message));
    return null;
  }
}

/** Validates every file of a data folder: each against its schema, then all of them together. */
export function validateDir(dir: string): DirValidation {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) problems.push(fileProblem('articles/', 'the articles folder is missing'));
  else {
    for (const name of readdirSync(articlesDir)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      const file = `articles/${name}`;
      const text = readOrProblem(join(articlesDir, name), file, problems);
      if (text === null) continue;
      const parsed = parseArticle(file, text);
      if (!parsed.ok) problems.push(...parsed.problems);
      else if (`${parsed.article.id}.md` !== name) {
        problems.push({
          level: 'error',
          file,
          record: parsed.article.id,
          field: 'id',
          message: `id must match the file name "${name}"`,
        });
      } else articles.push(parsed.article);
    }
  }
  const parsed: Partial<Record<DataFileKey, unknown>> = {};
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const { file } = DATA_FILES[key];
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push(fileProblem(file, 'the file is missing'));
      continue;
    }
    const text = readOrProblem(path, file, problems);
    if (text === null) continue;
    const result = parseDataFile(key, text);
    if (result.ok) parsed[key] = result.data;
    else problems.push(...result.problems);
  }
  if (problems.length > 0) return { problems, dataset: null };
  const dataset = { articles, ...parsed } as Dataset;
  return { problems: checkDataset(dataset), dataset };
}
