import type { Article, CountriesFile } from '../data/schema';
import type { AppState } from '../state/store';

// Slice-free selectors the charts need on top of the shared ones: names for codes, titles for
// article ids. Each is memoised on its input so components can select it directly.

function memoOne<A, R>(compute: (a: A) => R): (a: A) => R {
  let last: { arg: A; result: R } | null = null;
  return (arg) => {
    if (last !== null && last.arg === arg) return last.result;
    const result = compute(arg);
    last = { arg, result };
    return result;
  };
}

const namesFor = memoOne((countries: CountriesFile | null): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const c of countries?.countries ?? []) names.set(c.code, c.name);
  for (const g of countries?.groups ?? []) names.set(g.code, g.name);
  return names;
});

/** Country and group names by code ("CAS" → "Central Asia"). */
export const selectEntityNames = (s: AppState): ReadonlyMap<string, string> =>
  namesFor(s.files.countries.status === 'ready' ? s.files.countries.data : null);

const titlesFor = memoOne((articles: readonly Article[] | null): ReadonlyMap<string, string> => {
  return new Map((articles ?? []).map((a) => [a.id, a.title]));
});

/** Article titles by article id. */
export const selectArticleTitles = (s: AppState): ReadonlyMap<string, string> =>
  titlesFor(s.files.articles.status === 'ready' ? s.files.articles.data : null);
