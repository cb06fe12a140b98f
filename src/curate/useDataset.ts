import { useEffect } from 'react';
import type { Dataset } from '../data/checkDataset';
import { selectDataset, selectRecords } from '../state/records';
import { useAppStore } from '../state/store';

/** The loaded folder as the validator sees it, article texts included, once all is in; null before. */
export function useDataset(): Dataset | null {
  const articles = useAppStore((s) => selectRecords(s, 'articles'));
  const requestBodies = useAppStore((s) => s.requestBodies);
  // The workbench reads and checks every article's text: ask for all of them.
  useEffect(() => requestBodies(articles.map((a) => a.id)), [articles, requestBodies]);
  return useAppStore(selectDataset);
}
