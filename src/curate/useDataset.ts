import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/checkDataset';
import { selectDataset, selectRecords } from '../state/records';
import { useAppStore } from '../state/store';

/**
 * The loaded folder as the validator sees it, article texts included, once all is in; null only
 * before the first load. After a save the data reloads (the bodies come in again afterwards): the
 * last whole dataset stays meanwhile, so an open form is never unmounted under the curator's
 * typing, and keeps its focus and its open combobox.
 */
export function useDataset(): Dataset | null {
  const articles = useAppStore((s) => selectRecords(s, 'articles'));
  const requestBodies = useAppStore((s) => s.requestBodies);
  // The workbench reads and checks every article's text: ask for all of them.
  useEffect(() => requestBodies(articles.map((a) => a.id)), [articles, requestBodies]);
  const current = useAppStore(selectDataset);
  const last = useRef<Dataset | null>(null);
  if (current !== null) last.current = current;
  return current ?? last.current;
}
