import { namesByCode } from '../data/countryNames';
import type {
  ArticleEntry,
  CountriesFile,
  Figure,
  PlaceFeature,
  ProjectFeature,
  TimelineEvent,
} from '../data/schema';
import { memoLast } from '../lib/memo';
import { buildFilterIndex, type FilterIndex, type FilterMatch, matchCodes } from './filterMatch';
import { selectFileData, selectRecords } from './records';
import type { AppState } from './store';

// Pure selectors over the store. Each returns a new result only when its inputs change (one memo
// helper, src/lib/memo.ts), so components can select them directly without re-rendering on
// unrelated updates.

export interface Matched<T> {
  record: T;
  match: Exclude<FilterMatch, null>;
}

// Every filter change asks each record for its codes: build a joined list once per record, not
// once per click, so filtering 100,000 records allocates nothing for it.
function codeListOnce<T extends object>(build: (record: T) => readonly string[]) {
  const lists = new WeakMap<T, readonly string[]>();
  return (record: T): readonly string[] => {
    let codes = lists.get(record);
    if (codes === undefined) {
      codes = build(record);
      lists.set(record, codes);
    }
    return codes;
  };
}

export const figureCodes = codeListOnce((f: Figure) =>
  f.counterpart === null ? [f.subject] : [f.subject, f.counterpart],
);
export const projectCodes = codeListOnce((p: ProjectFeature) => [
  ...p.properties.countries,
  ...p.properties.partners,
]);
export const placeCodes = (p: PlaceFeature): readonly string[] => p.properties.countries;
export const eventCodes = (e: TimelineEvent): readonly string[] => e.countries;

export function filterRecords<T>(
  records: readonly T[],
  codesOf: (r: T) => readonly string[],
  index: FilterIndex,
): Matched<T>[] {
  const out: Matched<T>[] = [];
  for (const record of records) {
    const match = matchCodes(codesOf(record), index);
    if (match !== null) out.push({ record, match });
  }
  return out;
}

const countriesOf = (s: AppState) => selectFileData(s, 'countries');

const indexFor = memoLast(buildFilterIndex);
export const selectFilterIndex = (s: AppState): FilterIndex => indexFor(s.countries, countriesOf(s));

const figuresFor = memoLast((figures: readonly Figure[], index: FilterIndex) =>
  filterRecords(figures, figureCodes, index),
);
export const selectVisibleFigures = (s: AppState): Matched<Figure>[] =>
  figuresFor(selectRecords(s, 'figures'), selectFilterIndex(s));

const projectsFor = memoLast((features: readonly ProjectFeature[], index: FilterIndex) =>
  filterRecords(features, projectCodes, index),
);
export const selectVisibleProjects = (s: AppState): Matched<ProjectFeature>[] =>
  projectsFor(selectRecords(s, 'projects'), selectFilterIndex(s));

const placesFor = memoLast((features: readonly PlaceFeature[], index: FilterIndex) =>
  filterRecords(features, placeCodes, index),
);
export const selectVisiblePlaces = (s: AppState): Matched<PlaceFeature>[] =>
  placesFor(selectRecords(s, 'places'), selectFilterIndex(s));

const eventsFor = memoLast((events: readonly TimelineEvent[], index: FilterIndex) =>
  filterRecords(events, eventCodes, index),
);
export const selectVisibleEvents = (s: AppState): Matched<TimelineEvent>[] =>
  eventsFor(selectRecords(s, 'events'), selectFilterIndex(s));

const namesFor = memoLast(
  (countries: CountriesFile | null): ReadonlyMap<string, string> => namesByCode(countries),
);
/** Country and group names by code ("CAS" → "Central Asia"): the one name map every view reads. */
export const selectEntityNames = (s: AppState): ReadonlyMap<string, string> => namesFor(countriesOf(s));

const mentionTotalsFor = memoLast((articles: readonly ArticleEntry[]): ReadonlyMap<string, number> => {
  const totals = new Map<string, number>();
  for (const a of articles)
    for (const [code, n] of Object.entries(a.mentions)) totals.set(code, (totals.get(code) ?? 0) + n);
  return totals;
});
/**
 * Mentions of each country or group code across every article: its names, aliases and the places
 * in it, whole-word, counted at build time in the article index (scripts/lib/dataFolder.ts). The
 * one mention index: the map's shading and the filter's "in the data" read it.
 */
export const selectMentionTotals = (s: AppState): ReadonlyMap<string, number> =>
  mentionTotalsFor(selectRecords(s, 'articles'));

const articleMentionsFor = memoLast(
  (articles: readonly ArticleEntry[], selected: readonly string[]): ReadonlyMap<string, number> | null =>
    selected.length === 0
      ? null
      : new Map(articles.map((a) => [a.id, selected.reduce((n, code) => n + (a.mentions[code] ?? 0), 0)])),
);
/** How often each article names the selected countries (null with none selected): the reader's list. */
export const selectArticleMentions = (s: AppState): ReadonlyMap<string, number> | null =>
  articleMentionsFor(selectRecords(s, 'articles'), s.countries);
