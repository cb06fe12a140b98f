import type { Article, CountriesFile } from '../data/schema';
import { useAppStore } from '../state/store';
import { countMentions } from './mentions';
import { nameIndex } from './names';

export function useCountriesFile(): CountriesFile | null {
  return useAppStore((s) => (s.files.countries.status === 'ready' ? s.files.countries.data : null));
}

export function useArticles(): Article[] | null {
  return useAppStore((s) => (s.files.articles.status === 'ready' ? s.files.articles.data : null));
}

/** Remembers the last result, so every component asking for the same data shares one computation. */
function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && args.every((a, i) => a === last?.args[i])) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

const mentionsFor = memoLast((articles: Article[] | null, countries: CountriesFile | null) =>
  countMentions(articles ?? [], countries?.countries ?? []),
);
const namesFor = memoLast((countries: CountriesFile | null) => nameIndex(countries));

/** Mentions per country code in the article text, computed once per loaded data set. */
export function useMentions(): Map<string, number> {
  return mentionsFor(useArticles(), useCountriesFile());
}

/** Country and group names by code. */
export function useNames(): Map<string, string> {
  return namesFor(useCountriesFile());
}
