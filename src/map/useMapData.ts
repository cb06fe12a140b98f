import type { ArticleEntry, CountriesFile } from '../data/schema';
import { selectFileData } from '../state/records';
import { selectEntityNames, selectMentionTotals } from '../state/selectors';
import { useAppStore } from '../state/store';

export function useCountriesFile(): CountriesFile | null {
  return useAppStore((s) => selectFileData(s, 'countries'));
}

export function useArticles(): ArticleEntry[] | null {
  return useAppStore((s) => selectFileData(s, 'articles'));
}

/** Mentions per country code in the articles (the basemap's shading): the one mention index. */
export const useMentions = (): ReadonlyMap<string, number> => useAppStore(selectMentionTotals);

/** Country and group names by code: the shared name map. */
export const useNames = (): ReadonlyMap<string, string> => useAppStore(selectEntityNames);
