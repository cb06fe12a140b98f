import type { Article, CountriesFile } from '../data/schema';
import { memoLast } from '../lib/memo';
import { selectEntityNames } from '../state/selectors';
import type { AppState } from '../state/store';
import { useAppStore } from '../state/store';
import { countMentions } from './mentions';

export function useCountriesFile(): CountriesFile | null {
  return useAppStore((s) => (s.files.countries.status === 'ready' ? s.files.countries.data : null));
}

export function useArticles(): Article[] | null {
  return useAppStore((s) => (s.files.articles.status === 'ready' ? s.files.articles.data : null));
}

const mentionsFor = memoLast((articles: Article[] | null, countries: CountriesFile | null) =>
  countMentions(articles ?? [], countries?.countries ?? []),
);
/** Mentions per country code in the article text (the basemap's shading), once per data set. */
export const selectCountryMentions = (s: AppState): ReadonlyMap<string, number> =>
  mentionsFor(
    s.files.articles.status === 'ready' ? s.files.articles.data : null,
    s.files.countries.status === 'ready' ? s.files.countries.data : null,
  );

export const useMentions = (): ReadonlyMap<string, number> => useAppStore(selectCountryMentions);

/** Country and group names by code: the shared name map. */
export const useNames = (): ReadonlyMap<string, string> => useAppStore(selectEntityNames);
