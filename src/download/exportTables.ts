import type { Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import type { CsvRow } from '../lib/downloadFile';
import type { ListedArticle } from '../state/articleList';

// One table per record type, each column named, typed and described once: the CSV writer and
// the Data Package descriptor (datapackage.json) both read these, so the two never disagree.

type Cell = string | number | boolean | null;
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'yearmonth' | 'year';

export interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  value: (record: T) => Cell;
}

export interface Table<T> {
  /** The resource name and file stem ("figures" → figures.csv). */
  name: string;
  title: string;
  columns: readonly Column<T>[];
}

const col = <T>(name: string, type: FieldType, description: string, value: (r: T) => Cell): Column<T> => ({
  name,
  type,
  description,
  value,
});
const optional = <V>(v: V | undefined): V | null => v ?? null;
const titleOf = (titles: ReadonlyMap<string, string>, id: string): string | null => titles.get(id) ?? null;

export function figureTable(titles: ReadonlyMap<string, string>): Table<Figure> {
  return {
    name: 'figures',
    title: 'Figures: every number read from an article, in base units',
    columns: [
      col('id', 'string', 'Record id', (f) => f.id),
      col('kind', 'string', 'What the number measures (trade, deaths, share…)', (f) => f.kind),
      col('label', 'string', 'What the figure is, in words', (f) => f.label),
      col('value', 'number', 'The number, or the low end of a range, in base units', (f) => f.value),
      col('value_high', 'number', 'The high end when the article gives a range', (f) =>
        optional(f.valueHigh),
      ),
      col('unit', 'string', 'USD or another ISO 4217 code, people, percent or items', (f) => f.unit),
      col('measure', 'string', 'What a count counts, in the article’s words', (f) => optional(f.measure)),
      col('year', 'year', 'The year the figure is for', (f) => f.year),
      col('as_of', 'date', 'The date the figure stands at', (f) => f.asOf),
      col('period_start', 'yearmonth', 'First month the figure covers', (f) => f.period?.start ?? null),
      col('period_end', 'yearmonth', 'Last month the figure covers', (f) => f.period?.end ?? null),
      col('flow', 'string', 'Trade only: exports, imports or total', (f) => optional(f.flow)),
      col('compared_with', 'string', 'Growth only: what the change is measured against', (f) =>
        optional(f.comparedWith),
      ),
      col('qualifier', 'string', 'around, estimated, more than… as the article says', (f) => f.qualifier),
      col('reported_by', 'string', 'Who the article attributes the number to', (f) => f.reportedBy),
      col('subject', 'string', 'ISO 3166-1 alpha-3 code (or group code) of the subject', (f) => f.subject),
      col('counterpart', 'string', 'Code of the other side, if any', (f) => f.counterpart),
      col('project', 'string', 'Id of the project the figure is about, if any', (f) => optional(f.project)),
      col('note', 'string', 'Curator’s note', (f) => f.note),
      col('article', 'string', 'Id of the source article', (f) => f.source.article),
      col('article_title', 'string', 'Title of the source article', (f) => titleOf(titles, f.source.article)),
      col('quote', 'string', 'The source sentence, verbatim', (f) => f.source.quote),
    ],
  };
}

export function eventTable(titles: ReadonlyMap<string, string>): Table<TimelineEvent> {
  return {
    name: 'events',
    title: 'Events: dated events for the timeline',
    columns: [
      col('id', 'string', 'Record id', (e) => e.id),
      col('date', 'string', 'yyyy, yyyy-mm or yyyy-mm-dd, as precise as the article', (e) => e.date),
      col('precision', 'string', 'day, month or year', (e) => e.precision),
      col('label', 'string', 'What happened', (e) => e.label),
      col('countries', 'string', 'Codes of the countries involved, separated by spaces', (e) =>
        e.countries.join(' '),
      ),
      col('scheduled', 'boolean', 'A date still ahead when the article was published', (e) => e.scheduled),
      col('date_note', 'string', 'How a relative date in the text was resolved', (e) => e.dateNote),
      col('article', 'string', 'Id of the source article', (e) => e.source.article),
      col('article_title', 'string', 'Title of the source article', (e) => titleOf(titles, e.source.article)),
      col('quote', 'string', 'The source sentence, verbatim', (e) => e.source.quote),
    ],
  };
}

const pointOf = (g: ProjectFeature['geometry'] | PlaceFeature['geometry']): readonly number[] | null =>
  g.type === 'Point' ? g.coordinates : (g.coordinates[0] ?? null);

export function projectTable(titles: ReadonlyMap<string, string>): Table<ProjectFeature> {
  const source = (p: ProjectFeature) => p.properties.source;
  return {
    name: 'projects',
    title: 'Projects: Belt and Road projects the articles or a dataset name',
    columns: [
      col('id', 'string', 'Record id', (p) => p.properties.id),
      col('name', 'string', 'Project name', (p) => p.properties.name),
      col('kind', 'string', 'railway, highway, corridor, dry-port…', (p) => p.properties.kind),
      col('status', 'string', 'planned, under construction or operational', (p) => p.properties.status),
      col('countries', 'string', 'Codes of the host countries, separated by spaces', (p) =>
        p.properties.countries.join(' '),
      ),
      col('partners', 'string', 'Codes of partner countries, separated by spaces', (p) =>
        p.properties.partners.join(' '),
      ),
      col('note', 'string', 'Curator’s note', (p) => p.properties.note),
      col('geometry', 'string', 'Point or LineString', (p) => p.geometry.type),
      col(
        'longitude',
        'number',
        'Longitude of the site, or of a route’s first point',
        (p) => pointOf(p.geometry)?.[0] ?? null,
      ),
      col(
        'latitude',
        'number',
        'Latitude of the site, or of a route’s first point',
        (p) => pointOf(p.geometry)?.[1] ?? null,
      ),
      col('precision', 'string', 'exact, approximate or country-level', (p) => p.properties.precision),
      col('geometry_source', 'string', 'Where the geometry came from', (p) => p.properties.geometrySource),
      col('article', 'string', 'Id of the source article, for an article source', (p) => {
        const s = source(p);
        return 'article' in s ? s.article : null;
      }),
      col('article_title', 'string', 'Title of the source article', (p) => {
        const s = source(p);
        return 'article' in s ? titleOf(titles, s.article) : null;
      }),
      col('quote', 'string', 'The source sentence, verbatim', (p) => {
        const s = source(p);
        return 'quote' in s ? s.quote : null;
      }),
      col('dataset', 'string', 'The dataset, for a dataset source', (p) => {
        const s = source(p);
        return 'dataset' in s ? s.dataset : null;
      }),
      col('dataset_record', 'string', 'The record in that dataset', (p) => {
        const s = source(p);
        return 'record' in s ? s.record : null;
      }),
    ],
  };
}

export function placeTable(titles: ReadonlyMap<string, string>): Table<PlaceFeature> {
  return {
    name: 'places',
    title: 'Places the articles name',
    columns: [
      col('id', 'string', 'Record id', (p) => p.properties.id),
      col('name', 'string', 'Place name', (p) => p.properties.name),
      col('kind', 'string', 'capital, city, border-crossing…', (p) => p.properties.kind),
      col('countries', 'string', 'Codes of the countries it is in, separated by spaces', (p) =>
        p.properties.countries.join(' '),
      ),
      col(
        'attack_as_of',
        'date',
        'Date of a reported attack on the place',
        (p) => p.properties.attack?.asOf ?? null,
      ),
      col('attack_note', 'string', 'What the reported attack was', (p) => p.properties.attack?.note ?? null),
      col('longitude', 'number', 'Longitude', (p) => pointOf(p.geometry)?.[0] ?? null),
      col('latitude', 'number', 'Latitude', (p) => pointOf(p.geometry)?.[1] ?? null),
      col('precision', 'string', 'exact, approximate or country-level', (p) => p.properties.precision),
      col('geometry_source', 'string', 'Where the geometry came from', (p) => p.properties.geometrySource),
      col('article', 'string', 'Id of the source article', (p) => p.properties.source.article),
      col('article_title', 'string', 'Title of the source article', (p) =>
        titleOf(titles, p.properties.source.article),
      ),
      col('quote', 'string', 'The source sentence, verbatim', (p) => p.properties.source.quote),
    ],
  };
}

export const articleTable: Table<ListedArticle> = {
  name: 'articles',
  title: 'Articles the records come from',
  columns: [
    col('id', 'string', 'Article id', (a) => a.id),
    col('title', 'string', 'Headline', (a) => a.title),
    col('publisher', 'string', 'Publisher, as the page names it', (a) => a.publisher),
    col('published', 'date', 'Publication date, when the page states one', (a) => a.published),
    col('published_as_written', 'string', 'The page’s own words for the date', (a) => a.publishedAsWritten),
    col('byline', 'string', 'Byline, as the page gives it', (a) => optional(a.byline)),
  ],
};

/** A table's rows for the CSV writer. */
export function tableRows<T>(table: Table<T>, records: readonly T[]): CsvRow[] {
  return records.map((r) => Object.fromEntries(table.columns.map((c) => [c.name, c.value(r)])));
}
