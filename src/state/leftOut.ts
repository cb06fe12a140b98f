import { useMemo } from 'react';
import { ARTICLES, DATA_FILES } from '../data/dataFileTable';
import type { Problem } from '../data/problem';
import type { DataKey } from './dataSlice';
import { useAppStore } from './store';

const nounsOf = (key: DataKey) => (key === 'articles' ? ARTICLES : DATA_FILES[key]).noun;
const inFile = (key: DataKey, file: string) =>
  key === 'articles' ? file.startsWith(ARTICLES.folder) : file === DATA_FILES[key].file;

/**
 * How many records of each file were left out: every record an error names is (see
 * src/data/readDataset.ts), so this counts the distinct records named by errors.
 */
export function leftOutCounts(problems: readonly Problem[], keys: readonly DataKey[]) {
  return keys.map((key) => {
    const named = problems.filter((p) => p.level === 'error' && p.record !== null && inFile(key, p.file));
    const [singular, plural] = nounsOf(key);
    return { count: new Set(named.map((p) => `${p.file}\u0000${p.record}`)).size, singular, plural };
  });
}

/** The left-out counts for a panel's files, from the problems the loader put in the store. */
export function useLeftOut(...keys: DataKey[]) {
  const problems = useAppStore((s) => s.datasetProblems);
  const id = keys.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `id` stands for `keys`, a new array each render
  return useMemo(() => leftOutCounts(problems, keys), [problems, id]);
}
