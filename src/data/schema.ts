import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini keeps the validator out of the critical-path budget (about 8 KB gzip rather than 90).
// Jitless: zod would otherwise probe `new Function`, which the strict CSP (no unsafe-eval)
// reports as a violation. English messages: mini ships none by default.
z.config({ jitless: true, ...en() });

// One schema per data file type. The app and the CLI scripts share these, so a file the
// validator accepts is exactly a file the app can draw.

const id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens'),
  );

/** ISO 3166-1 alpha-3 code, or a group code defined in countries.json. */
export const entityCode = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'codes are three capital letters (ISO 3166-1 alpha-3)'));

/** True for yyyy, yyyy-mm and yyyy-mm-dd strings naming a real calendar year, month or day. */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
}

export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are ISO yyyy-mm-dd'),
    z.refine(isCalendarDate, 'not a real calendar date'),
  );

/** A date at the precision its source gives: yyyy, yyyy-mm or yyyy-mm-dd (projects and events). */
const partialDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are yyyy, yyyy-mm or yyyy-mm-dd'),
    z.refine(isCalendarDate, 'not a real calendar date'),
  );
const datePrecisionSchema = z.enum(['day', 'month', 'year']);

export const sourceSchema = z.strictObject({
  article: id,
  quote: z.string().check(z.minLength(1), z.maxLength(2000)),
});

export const precisionSchema = z.enum(['exact', 'approximate', 'country-level']);

/** A record in a project dataset (AidData GCDF 3.0), cited where an article quote would be. */
export const datasetSourceSchema = z.strictObject({
  dataset: z.string().check(z.minLength(1), z.maxLength(100)),
  record: z.string().check(z.minLength(1), z.maxLength(100)),
});
/** A project, and each of its facts, comes from an article's sentence or a dataset's record. */
export const projectSourceSchema = z.union([sourceSchema, datasetSourceSchema]);

const LON_RANGE = 'longitude must be between -180 and 180';
const LAT_RANGE = 'latitude must be between -90 and 90';
const lon = z.number().check(z.gte(-180, LON_RANGE), z.lte(180, LON_RANGE));
const lat = z.number().check(z.gte(-90, LAT_RANGE), z.lte(90, LAT_RANGE));

// ---- articles/<slug>.md front matter ----
export const articleMetaSchema = z.strictObject({
  id,
  title: z.string().check(z.minLength(1), z.maxLength(400)),
  publisher: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  /** ISO date when the page states one; never derived from a relative time. */
  published: z.nullable(isoDate),
  /** The page's own words for the date or time, kept as written ("3 hours ago", "06/17/2025"). */
  publishedAsWritten: z.nullable(z.string().check(z.maxLength(100))),
  /** The byline as the page gives it ("Jane Doe with AFP, dpa"); absent when the page has none. */
  byline: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  sourceFile: z.string().check(z.minLength(1), z.maxLength(300)),
});

// ---- countries.json ----
/** Where a country sits, for the filter's sections and the workbench's region list. */
export const regionSchema = z.enum([
  'central-asia',
  'caucasus',
  'south-asia',
  'east-asia',
  'middle-east',
  'powers',
  'europe',
  'other',
]);
export const countrySchema = z.strictObject({
  code: entityCode,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  region: regionSchema,
  /** Where a country-level marker sits: a representative point, not a reported location. */
  anchor: z.tuple([lon, lat]),
  /** Words in the article text that refer to this country (demonyms, capitals, places). */
  aliases: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
});
export const groupSchema = z.strictObject({
  code: entityCode,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Groups the filter offers as one toggle (the EU), rather than as a heading over its members. */
  selectable: z.boolean(),
  members: z.array(entityCode).check(z.minLength(1)),
  aliases: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
});
export const countriesFileSchema = z.strictObject({
  countries: z.array(countrySchema),
  groups: z.array(groupSchema),
});

// ---- figures.json ----
export const qualifierSchema = z.nullable(z.enum(['around', 'estimated', 'more than']));

/** What a figure counts, by the unit family it must be stated in. */
export const FIGURE_KINDS_BY_FAMILY = {
  money: ['trade', 'investment', 'losses', 'price'],
  people: ['deaths', 'injuries', 'displaced', 'detentions', 'population'],
  percent: ['share', 'tariff', 'growth'],
  items: ['count'],
} as const;
export type UnitFamily = keyof typeof FIGURE_KINDS_BY_FAMILY;

/**
 * ISO 4217 codes a money figure other than USD may carry. A checked list, not any three letters:
 * a typo ("EUO") must fail. Nothing is converted; a figure keeps the currency its article used.
 */
export const CURRENCY_CODES = [
  ...['EUR', 'GBP', 'CHF', 'CNY', 'JPY', 'INR', 'RUB', 'TRY', 'IRR', 'ILS', 'AED', 'SAR', 'QAR'],
  ...['KZT', 'UZS', 'KGS', 'TJS', 'TMT', 'AFN', 'AZN', 'GEL', 'AMD', 'PKR', 'MNT', 'UAH', 'BYN'],
] as const;

export const figureKindSchema = z.enum([
  ...FIGURE_KINDS_BY_FAMILY.money,
  ...FIGURE_KINDS_BY_FAMILY.people,
  ...FIGURE_KINDS_BY_FAMILY.percent,
  ...FIGURE_KINDS_BY_FAMILY.items,
]);
/** `items` is a count of things (missiles, airstrikes, kilometres of track): `measure` says which. */
export const figureUnitSchema = z.enum(['USD', 'people', 'percent', 'items', ...CURRENCY_CODES]);

/** yyyy-mm naming a real month. */
export const yearMonth = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}$/, 'months are yyyy-mm'),
    z.refine(isCalendarDate, 'not a real calendar month'),
  );

/** The months a figure covers, inclusive ("in the first quarter of 2024": 2024-01 to 2024-03). */
export const periodSchema = z
  .strictObject({ start: yearMonth, end: yearMonth })
  .check(z.refine((p) => p.start <= p.end, { message: 'the period ends before it starts', path: ['end'] }));

/** Which side of trade a figure is: the subject's exports to, or imports from, the counterpart. */
export const flowSchema = z.enum(['exports', 'imports', 'total']);

export const figureSchema = z.strictObject({
  id,
  kind: figureKindSchema,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The number, or the low end of a range, in base units. */
  value: z.number(),
  /** The high end when the article gives a range ("between 2.5 and 3 billion"); absent otherwise. */
  valueHigh: z.optional(z.number()),
  unit: figureUnitSchema,
  /** What is counted, in the article's words ("ballistic missiles"); required for a `count`. */
  measure: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  year: z.nullable(z.int().check(z.gte(1800), z.lte(2100))),
  asOf: z.nullable(isoDate),
  /** Part of a year, or months across years, stated in the quote; absent for a whole year or a date. */
  period: z.optional(periodSchema),
  /** Trade only: exports or imports of the subject; absent means total turnover, like `total`. */
  flow: z.optional(flowSchema),
  /** Growth only: what the change is measured against, in the article's words ("a year earlier"). */
  comparedWith: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  qualifier: qualifierSchema,
  /** Who the article attributes the number to; null when the article states it unattributed. */
  reportedBy: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  subject: entityCode,
  counterpart: z.nullable(entityCode),
  note: z.nullable(z.string().check(z.maxLength(300))),
  source: sourceSchema,
  /** The project this figure is about (its cost): the project's id in projects.geojson. */
  project: z.optional(id),
});
export const figuresFileSchema = z.strictObject({ figures: z.array(figureSchema) });

// ---- projects.geojson and places.geojson ----
const position = z.tuple([lon, lat]);
const point = z.strictObject({ type: z.literal('Point'), coordinates: position });
const lineString = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position),
});

const geometryProvenance = {
  precision: precisionSchema,
  /** Articles never give coordinates: this says where the geometry came from instead. */
  geometrySource: z.string().check(z.minLength(1), z.maxLength(300)),
};

export const projectKindSchema = z.enum([
  'railway',
  'highway',
  'corridor',
  'dry-port',
  'nuclear-plant',
  'energy',
  'mining',
]);
export const projectStatusSchema = z.enum(['planned', 'under construction', 'operational']);
/** Who pays: an institution ("China Development Bank"), its country, or both; never neither. */
export const financierSchema = z.strictObject({
  institution: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  country: z.nullable(entityCode),
  source: projectSourceSchema,
});
/** A project date at the precision its source gives: yyyy, yyyy-mm or yyyy-mm-dd. */
export const projectDateSchema = z.strictObject({
  date: partialDate,
  precision: datePrecisionSchema,
  source: projectSourceSchema,
});
export const PROJECT_DATE_KEYS = ['announced', 'started', 'completed', 'expected'] as const;
export const projectDatesSchema = z.strictObject({
  announced: z.optional(projectDateSchema),
  started: z.optional(projectDateSchema),
  completed: z.optional(projectDateSchema),
  /** When completion is expected, as a source states it ahead of time. */
  expected: z.optional(projectDateSchema),
});
/**
 * A cost a dataset record states (an article's cost is a figure naming the project instead).
 * `basis` says which amount it is ("constant 2021 USD", "nominal USD"): never summed, shown apart.
 */
export const projectCostSchema = z.strictObject({
  value: z.number().check(z.gte(0)),
  unit: z.literal('USD'),
  basis: z.string().check(z.minLength(1), z.maxLength(100)),
  source: datasetSourceSchema,
});
export const projectPropsSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: projectKindSchema,
  status: projectStatusSchema,
  countries: z.array(entityCode).check(z.minLength(1)),
  partners: z.array(entityCode),
  note: z.nullable(z.string().check(z.maxLength(300))),
  source: projectSourceSchema,
  financiers: z.optional(z.array(financierSchema).check(z.maxLength(50))),
  dates: z.optional(projectDatesSchema),
  cost: z.optional(z.array(projectCostSchema).check(z.maxLength(10))),
  ...geometryProvenance,
});
export const projectFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: z.union([point, lineString]),
  properties: projectPropsSchema,
});
export const projectsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(projectFeatureSchema),
});

export const placeKindSchema = z.enum([
  'capital',
  'city',
  'border-crossing',
  'region',
  'sea',
  'mountains',
  'gas-field',
]);
export const placePropsSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: placeKindSchema,
  countries: z.array(entityCode).check(z.minLength(1)),
  /** Set when the articles report the place under attack: the conflict layer draws these. */
  attack: z.nullable(
    z.strictObject({ asOf: isoDate, note: z.string().check(z.minLength(1), z.maxLength(300)) }),
  ),
  source: sourceSchema,
  ...geometryProvenance,
});
export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: point,
  properties: placePropsSchema,
});
export const placesFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeatureSchema),
});

// ---- events.json ----
export const eventSchema = z.strictObject({
  id,
  /** yyyy, yyyy-mm or yyyy-mm-dd, matching `precision`. */
  date: partialDate,
  precision: datePrecisionSchema,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  countries: z.array(entityCode),
  /** A date still ahead when the article was published (a deadline); allowed after its date. */
  scheduled: z.boolean(),
  /** How a relative date in the text ("on Monday") was resolved; null when the text gives it. */
  dateNote: z.nullable(z.string().check(z.maxLength(300))),
  source: sourceSchema,
});
export const eventsFileSchema = z.strictObject({ events: z.array(eventSchema) });

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Article = ArticleMeta & { paragraphs: string[] };
export type Country = z.infer<typeof countrySchema>;
export type Group = z.infer<typeof groupSchema>;
export type CountriesFile = z.infer<typeof countriesFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureKind = z.infer<typeof figureKindSchema>;
export type FigureUnit = z.infer<typeof figureUnitSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type FiguresFile = z.infer<typeof figuresFileSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DatasetSource = z.infer<typeof datasetSourceSchema>;
export type ProjectSource = z.infer<typeof projectSourceSchema>;
export type Financier = z.infer<typeof financierSchema>;
export type ProjectDate = z.infer<typeof projectDateSchema>;
export type ProjectDates = z.infer<typeof projectDatesSchema>;
export type ProjectCost = z.infer<typeof projectCostSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type ProjectFeature = z.infer<typeof projectFeatureSchema>;
export type ProjectProps = z.infer<typeof projectPropsSchema>;
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type PlaceProps = z.infer<typeof placePropsSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;

// ---- public/basemap.json (built by `npm run basemap`) ----
export const basemapPropsSchema = z.object({
  code: z.nullable(z.string()),
  name: z.string(),
  label: z.tuple([z.number(), z.number()]),
  span: z.number(),
});
export const basemapTopologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    countries: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.unknown()) }),
  }),
});

// Files made at build time from the articles (scripts/lib/dataFolder.ts), not written by hand.
const problemSchema = z.object({
  level: z.enum(['error', 'warning']),
  file: z.string(),
  record: z.nullable(z.string()),
  field: z.nullable(z.string()),
  message: z.string(),
});
/** One article as the first load knows it: its front matter, its size, and how often it names each code. */
export const articleEntrySchema = z.object({
  ...articleMetaSchema.shape,
  paragraphCount: z.number(),
  /** The body chunk its text is in. */
  chunk: z.string(),
  /** Whole-word mentions of each country or group code (its names, aliases and places) in title and text. */
  mentions: z.record(z.string(), z.number()),
});
export const articleIndexFileSchema = z.object({
  /** Null when the articles folder could not be read at all. */
  articles: z.nullable(z.array(articleEntrySchema)),
  /** The article files' own problems, as the validator reports them. */
  problems: z.array(problemSchema),
  /** Problems of the checks across files that need the article texts (quotes), run at build time. */
  bodyProblems: z.array(problemSchema),
});
/** The build's verdict on the files it serves (scripts/lib/dataCheckFile.ts, read by src/data/dataCheck.ts). */
export const dataCheckFileSchema = z.object({
  /** SHA-256 of each file's bytes exactly as served, in hex, by file name. */
  digests: z.record(z.string(), z.string()),
  /** Every problem the app finds reading exactly those bytes. */
  problems: z.array(problemSchema),
});
/** A chunk of article bodies: each article's paragraphs, by id. */
export const bodyChunkSchema = z.record(z.string(), z.array(z.string()));

export type ArticleEntry = z.infer<typeof articleEntrySchema>;
export type ArticleIndexFile = z.infer<typeof articleIndexFileSchema>;
export type DataCheckFile = z.infer<typeof dataCheckFileSchema>;
