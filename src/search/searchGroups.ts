import type { Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import { formatIsoDateShort, formatPartialDate } from '../lib/formatDate';
import { memoLast } from '../lib/memo';
import type { ListedArticle } from '../state/articleList';
import type { SearchKind } from '../state/searchSlice';
import type { Matched } from '../state/selectors';
import { articleInRange, type TimeRange } from '../state/timeRange';
import type { Found } from './searchEngine';

// What the search list shows: the hits the country filter and the time range keep, grouped by
// kind, each with the words to show and what it is called. Pure, so it is tested on plain data.

export interface ResultItem {
  kind: SearchKind;
  id: string;
  title: string;
  /** A date or kind line under the title; '' for none. */
  detail: string;
  terms: readonly string[];
  paragraph: number | null;
}

export interface ResultGroup {
  kind: SearchKind;
  heading: string;
  /** How many hits of this kind the filter and range keep; `items` holds the first few. */
  total: number;
  items: ResultItem[];
}

export const GROUP_ORDER: readonly { kind: SearchKind; heading: string }[] = [
  { kind: 'article', heading: 'Articles' },
  { kind: 'figure', heading: 'Figures' },
  { kind: 'event', heading: 'Events' },
  { kind: 'project', heading: 'Projects' },
  { kind: 'place', heading: 'Places' },
];
/** Hits shown per group; the article list below the charts holds every article found. */
export const GROUP_SIZE = 5;

/** The records every view shows now, by id, so the search can keep only those. */
export interface Shown {
  articles: ReadonlyMap<string, ListedArticle>;
  figures: ReadonlyMap<string, Figure>;
  events: ReadonlyMap<string, TimelineEvent>;
  projects: ReadonlyMap<string, ProjectFeature>;
  places: ReadonlyMap<string, PlaceFeature>;
  range: TimeRange;
}

const byId = <T>(list: readonly Matched<T>[], id: (r: T) => string): ReadonlyMap<string, T> =>
  new Map(list.map((m) => [id(m.record), m.record]));
export const figuresById = memoLast((l: Matched<Figure>[]) => byId(l, (f) => f.id));
export const eventsById = memoLast((l: Matched<TimelineEvent>[]) => byId(l, (e) => e.id));
export const projectsById = memoLast((l: Matched<ProjectFeature>[]) => byId(l, (p) => p.properties.id));
export const placesById = memoLast((l: Matched<PlaceFeature>[]) => byId(l, (p) => p.properties.id));
export const articlesById = memoLast(
  (l: readonly ListedArticle[]): ReadonlyMap<string, ListedArticle> => new Map(l.map((a) => [a.id, a])),
);

function describe(found: Found, shown: Shown): Omit<ResultItem, 'terms' | 'paragraph'> | null {
  const { kind, id } = found;
  if (kind === 'article') {
    const a = shown.articles.get(id);
    if (a === undefined || articleInRange(a, shown.range) === 'out') return null;
    return { kind, id, title: a.title, detail: a.published === null ? '' : formatIsoDateShort(a.published) };
  }
  if (kind === 'figure') {
    const f = shown.figures.get(id);
    return f === undefined
      ? null
      : { kind, id, title: f.label, detail: f.year === null ? '' : String(f.year) };
  }
  if (kind === 'event') {
    const e = shown.events.get(id);
    return e === undefined
      ? null
      : { kind, id, title: e.label, detail: formatPartialDate(e.date, e.precision) };
  }
  const p = (kind === 'project' ? shown.projects : shown.places).get(id)?.properties;
  return p === undefined ? null : { kind, id, title: p.name, detail: p.kind.replace(/-/g, ' ') };
}

/** The hits grouped by kind in a fixed order, only groups with hits, each capped at GROUP_SIZE. */
export function groupResults(found: readonly Found[], shown: Shown): ResultGroup[] {
  const groups = new Map(GROUP_ORDER.map((g) => [g.kind, { ...g, total: 0, items: [] as ResultItem[] }]));
  for (const f of found) {
    const described = describe(f, shown);
    const group = groups.get(f.kind);
    if (described === null || group === undefined) continue;
    group.total++;
    if (group.items.length < GROUP_SIZE)
      group.items.push({ ...described, terms: f.terms, paragraph: f.paragraph });
  }
  return [...groups.values()].filter((g) => g.total > 0);
}
