import { useMemo } from 'react';
import type { Dataset } from '../data/checkDataset';
import { useAppStore } from '../state/store';

/** The loaded folder as the validator sees it, once every file is in; null before. */
export function useDataset(): Dataset | null {
  const files = useAppStore((s) => s.files);
  return useMemo(() => {
    const ready = Object.values(files).every((f) => f.status === 'ready');
    if (!ready) return null;
    const pick = <T>(l: { status: string; data?: T }) => l.data as T;
    return {
      articles: pick(files.articles),
      countries: pick(files.countries),
      figures: pick(files.figures),
      projects: pick(files.projects),
      places: pick(files.places),
      events: pick(files.events),
    };
  }, [files]);
}
