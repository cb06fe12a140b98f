import type { Article, CountriesFile } from '../data/schema';
import { memoLast } from '../lib/memo';
import { selectFileData } from '../state/records';
import { selectEntityNames } from '../state/selectors';
import type { AppState } from '../state/store';
import { useAppStore } from '../state/store';
import { countMentions } from './mentions';

export function useCountriesFile(): CountriesFile | null {
  return useAppStore((s) => selectFileData(s, 'countries'));
}

export function useArticles(): Article[] | null {
  return useAppStore((s) => selectFileData(s, 'articles'));
}

const mentionsFor = memoLast((articles: Article[] | null, countries: CountriesFile | null) =>
  countMentions(articles ?? [], countries?.countries ?? []),
);
/** Mentions per country code in the article text (the basemap's shading), once per data set. */
export const selectCountryMentions = (s: AppState): ReadonlyMap<string, number> =>
  mentionsFor(selectFileData(s, 'articles'), selectFileData(s, 'countries'));

export const useMentions = (): ReadonlyMap<string, number> => useAppStore(selectCountryMentions);

/** Country and group names by code: the shared name map. */
export const useNames = (): ReadonlyMap<string, string> => useAppStore(selectEntityNames);
