import { namesByCode } from '../data/countryNames';
import type {
  ArticleEntry,
  CountriesFile,
  Figure,
  PlaceFeature,
  ProjectFeature,
  TimelineEvent,
} from '../data/schema';
import { memoLast, memoRecent } from '../lib/memo';
import {
  buildFilterIndex,
  type FilterIndex,
  type FilterMatch,
  groupMembers,
  keepsAll,
  matchCodes,
} from './filterMatch';
import { facetProjects } from './projectFacets';
import { selectFileData, selectRecords } from './records';
import type { AppState } from './store';
import {
  articleInRange,
  eventInRange,
  figureInRange,
  isRangeSet,
  projectInRange,
  type RangeMatch,
  type TimeRange,
} from './timeRange';

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
  // No country selected: every record is shown, and no record's codes are asked for (on the
  // first load that spares a code list per figure and project).
  if (keepsAll(index)) {
    for (let i = 0; i < records.length; i++) out.push({ record: records[i] as T, match: 'all' });
    return out;
  }
  for (const record of records) {
    const match = matchCodes(codesOf(record), index);
    if (match !== null) out.push({ record, match });
  }
  return out;
}

/**
 * The records the time range keeps: those in it and those that state no date. The country
 * filter's result is narrowed in a second step, so a range change does not re-run the filter.
 */
export function narrowByRange<T>(
  matched: Matched<T>[],
  range: TimeRange,
  test: (record: T, range: TimeRange) => RangeMatch,
): Matched<T>[] {
  if (!isRangeSet(range)) return matched;
  return matched.filter((m) => test(m.record, range) !== 'out');
}

const countriesOf = (s: AppState) => selectFileData(s, 'countries');

/**
 * How many filter states each filter selector keeps: the reader goes back and forth (presses a
 * country, releases it, tries the next), and going back then gives the very arrays of before, so
 * the charts and lists that draw them compute and re-render nothing. A filter state's arrays are a
 * few hundred kilobytes at 3,000 figures and 2,000 projects.
 */
export const FILTER_STATES_KEPT = 4;

const membersFor = memoLast(groupMembers);
// Keyed by the selected codes as one string (the store keeps them sorted and unique): a new array
// with the same codes is the same filter, and gets the same index object.
const indexFor = memoRecent(
  (key: string, countries: CountriesFile | null) =>
    buildFilterIndex(key === '' ? [] : key.split(' '), countries, membersFor(countries)),
  FILTER_STATES_KEPT,
);
/** The filter index: one object per set of selected codes (and countries file), its `members` shared by all. */
export const selectFilterIndex = (s: AppState): FilterIndex =>
  indexFor(s.countries.join(' '), countriesOf(s));

const figuresFor = memoRecent(
  (figures: readonly Figure[], index: FilterIndex) => filterRecords(figures, figureCodes, index),
  FILTER_STATES_KEPT,
);
const figuresInRange = memoRecent(
  (matched: Matched<Figure>[], range: TimeRange) => narrowByRange(matched, range, figureInRange),
  FILTER_STATES_KEPT,
);
/** Figures the country filter and the time range select (undated ones included): what the charts draw. */
export const selectVisibleFigures = (s: AppState): Matched<Figure>[] =>
  figuresInRange(figuresFor(selectRecords(s, 'figures'), selectFilterIndex(s)), s.range);

const projectsFor = memoRecent(
  (features: readonly ProjectFeature[], index: FilterIndex) => filterRecords(features, projectCodes, index),
  FILTER_STATES_KEPT,
);
const facetedFor = memoRecent(facetProjects, FILTER_STATES_KEPT);
const projectsInRange = memoRecent(
  (matched: Matched<ProjectFeature>[], range: TimeRange) => narrowByRange(matched, range, projectInRange),
  FILTER_STATES_KEPT,
);
/**
 * Projects the country filter, the project facets and the time range keep (undated ones
 * included): what the map, its labels and list show.
 */
export const selectVisibleProjects = (s: AppState): Matched<ProjectFeature>[] =>
  projectsInRange(
    facetedFor(projectsFor(selectRecords(s, 'projects'), selectFilterIndex(s)), s.facets),
    s.range,
  );

const placesFor = memoRecent(
  (features: readonly PlaceFeature[], index: FilterIndex) => filterRecords(features, placeCodes, index),
  FILTER_STATES_KEPT,
);
export const selectVisiblePlaces = (s: AppState): Matched<PlaceFeature>[] =>
  placesFor(selectRecords(s, 'places'), selectFilterIndex(s));

const eventsFor = memoRecent(
  (events: readonly TimelineEvent[], index: FilterIndex) => filterRecords(events, eventCodes, index),
  FILTER_STATES_KEPT,
);
const eventsInRange = memoRecent(
  (matched: Matched<TimelineEvent>[], range: TimeRange) => narrowByRange(matched, range, eventInRange),
  FILTER_STATES_KEPT,
);
/** Events the country filter and the time range select: what the timeline draws. */
export const selectVisibleEvents = (s: AppState): Matched<TimelineEvent>[] =>
  eventsInRange(eventsFor(selectRecords(s, 'events'), selectFilterIndex(s)), s.range);

const undatedFor = memoLast((figures: Matched<Figure>[], range: TimeRange) =>
  isRangeSet(range) ? figures.filter((m) => figureInRange(m.record, range) === 'undated').length : 0,
);
/**
 * Visible figures that state no date, counted while a range is set ("date not stated"); 0 with
 * no range. Every event has a date, so only figures (and articles, see articleList.ts) count.
 */
export const selectUndatedFigureCount = (s: AppState): number => undatedFor(selectVisibleFigures(s), s.range);

const namesFor = memoLast(
  (countries: CountriesFile | null): ReadonlyMap<string, string> => namesByCode(countries),
);
/** Country and group names by code ("CAS" → "Central Asia"): the one name map every view reads. */
export const selectEntityNames = (s: AppState): ReadonlyMap<string, string> => namesFor(countriesOf(s));

const mentionTotalsFor = memoLast((articles: readonly ArticleEntry[]): ReadonlyMap<string, number> => {
  const totals = new Map<string, number>();
  // A key loop, not Object.entries: no array of pairs made for each of a thousand articles.
  for (const { mentions } of articles)
    for (const code of Object.keys(mentions))
      totals.set(code, (totals.get(code) ?? 0) + (mentions[code] ?? 0));
  return totals;
});
/**
 * Mentions of each country or group code across every article: its names, aliases and the places
 * in it, whole-word, counted at build time in the article index (scripts/lib/dataFolder.ts). The
 * one mention index: the map's shading and the filter's "in the data" read it.
 */
export const selectMentionTotals = (s: AppState): ReadonlyMap<string, number> =>
  mentionTotalsFor(articlesInRangeFor(selectRecords(s, 'articles'), s.range));

// The time range narrows the shading to the articles it keeps (those with no date stay).
const articlesInRangeFor = memoLast((articles: readonly ArticleEntry[], range: TimeRange) =>
  isRangeSet(range) ? articles.filter((a) => articleInRange(a, range) !== 'out') : articles,
);

const articleMentionsFor = memoRecent((articles: readonly ArticleEntry[], key: string) => {
  if (key === '') return null;
  const selected = key.split(' ');
  return new Map(articles.map((a) => [a.id, selected.reduce((n, code) => n + (a.mentions[code] ?? 0), 0)]));
}, FILTER_STATES_KEPT);
/** How often each article names the selected countries (null with none selected): the reader's list. */
export const selectArticleMentions = (s: AppState): ReadonlyMap<string, number> | null =>
  articleMentionsFor(selectRecords(s, 'articles'), s.countries.join(' '));
