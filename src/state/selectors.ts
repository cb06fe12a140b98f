import { namesByCode } from '../data/countryNames';
import type {
  Article,
  CountriesFile,
  Figure,
  PlaceFeature,
  ProjectFeature,
  TimelineEvent,
} from '../data/schema';
import { memoLast } from '../lib/memo';
import { facetProjects } from './facetSelectors';
import { buildFilterIndex, type FilterIndex, type FilterMatch, matchCodes } from './filterMatch';
import type { AppState } from './store';
import { MentionIndex } from './textSearch';

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

// Shared empty inputs: a fresh [] per call would defeat the memo and make React re-render forever.
const NO_FIGURES: readonly Figure[] = [];
const NO_PROJECTS: readonly ProjectFeature[] = [];
const NO_PLACES: readonly PlaceFeature[] = [];
const NO_EVENTS: readonly TimelineEvent[] = [];

const countriesOf = (s: AppState) => (s.files.countries.status === 'ready' ? s.files.countries.data : null);

const indexFor = memoLast(buildFilterIndex);
export const selectFilterIndex = (s: AppState): FilterIndex => indexFor(s.countries, countriesOf(s));

const figuresFor = memoLast((figures: readonly Figure[], index: FilterIndex) =>
  filterRecords(figures, figureCodes, index),
);
export const selectVisibleFigures = (s: AppState): Matched<Figure>[] =>
  figuresFor(
    s.files.figures.status === 'ready' ? s.files.figures.data.figures : NO_FIGURES,
    selectFilterIndex(s),
  );

const projectsFor = memoLast((features: readonly ProjectFeature[], index: FilterIndex) =>
  filterRecords(features, projectCodes, index),
);
const facetedFor = memoLast(facetProjects);
/** Projects the country filter and the project facets keep: what the map, its labels and list show. */
export const selectVisibleProjects = (s: AppState): Matched<ProjectFeature>[] =>
  facetedFor(
    projectsFor(
      s.files.projects.status === 'ready' ? s.files.projects.data.features : NO_PROJECTS,
      selectFilterIndex(s),
    ),
    s.facets,
  );

const placesFor = memoLast((features: readonly PlaceFeature[], index: FilterIndex) =>
  filterRecords(features, placeCodes, index),
);
export const selectVisiblePlaces = (s: AppState): Matched<PlaceFeature>[] =>
  placesFor(
    s.files.places.status === 'ready' ? s.files.places.data.features : NO_PLACES,
    selectFilterIndex(s),
  );

const eventsFor = memoLast((events: readonly TimelineEvent[], index: FilterIndex) =>
  filterRecords(events, eventCodes, index),
);
export const selectVisibleEvents = (s: AppState): Matched<TimelineEvent>[] =>
  eventsFor(s.files.events.status === 'ready' ? s.files.events.data.events : NO_EVENTS, selectFilterIndex(s));

const namesFor = memoLast(
  (countries: CountriesFile | null): ReadonlyMap<string, string> => namesByCode(countries),
);
/** Country and group names by code ("CAS" → "Central Asia"): the one name map every view reads. */
export const selectEntityNames = (s: AppState): ReadonlyMap<string, string> => namesFor(countriesOf(s));

const mentionIndexFor = memoLast(
  (articles: readonly Article[], countries: CountriesFile, places: readonly PlaceFeature[]) =>
    new MentionIndex(
      articles.map((a) => a.paragraphs),
      [
        ...[...countries.countries, ...countries.groups].flatMap((e) => [e.name, ...e.aliases]),
        ...places.map((p) => p.properties.name),
      ],
    ),
);
/**
 * Every name a selection could mark (countries, groups, places), indexed in every article once
 * per data set; null until the articles and countries are in. Scanning is the costly part, so
 * the reader asks for it only once a country is selected.
 */
export const selectMentionIndex = (s: AppState): MentionIndex | null =>
  s.files.articles.status === 'ready' && s.files.countries.status === 'ready'
    ? mentionIndexFor(
        s.files.articles.data,
        s.files.countries.data,
        s.files.places.status === 'ready' ? s.files.places.data.features : NO_PLACES,
      )
    : null;
