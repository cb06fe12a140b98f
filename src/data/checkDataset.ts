import { checkFigureProject, checkProjectFacts } from './checkProjects.ts';
import { boundProblem, unitFitsKind, unitsAllowed } from './figureKinds.ts';
import { describeNumber, findNumbers, isInUnit, sameValue } from './numbers.ts';
import type { Problem } from './problem.ts';
import { articleOf, isArticleSource } from './projectSource.ts';
import type {
  Article,
  ArticleMeta,
  CountriesFile,
  EventsFile,
  Figure,
  FiguresFile,
  PlacesFile,
  ProjectsFile,
  Source,
} from './schema.ts';
import { describePeriod, findPeriods, statesPeriod } from './statedPeriods.ts';

// Checks that need more than one file: references, provenance and plausibility. Schema and
// duplicate-id checks happen first, per record, in readDataFile. Which findings are errors and
// which are warnings is documented in data/README.md.

/**
 * A dataset whose articles are `A`: the whole article (Article) where the texts are read, as in
 * the validator, or the app's index entry, whose texts come later.
 */
export interface DatasetOf<A> {
  articles: A[];
  countries: CountriesFile;
  figures: FiguresFile;
  projects: ProjectsFile;
  places: PlacesFile;
  events: EventsFile;
}
export type Dataset = DatasetOf<Article>;

/** A dataset as far as it could be read: a file that could not be read at all is null. */
export type PartsOf<A> = { [K in keyof DatasetOf<A>]: DatasetOf<A>[K] | null };
export type DatasetParts = PartsOf<Article>;
/** An article as the checks need it: its front matter, and its text where that has been read. */
export type CheckedArticle = ArticleMeta & { paragraphs?: readonly string[] };

/**
 * Records left out when their file was read. A reference to one is not an error again: one bad
 * record is reported once, and what refers to it still shows.
 */
export interface LeftOut {
  codes: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}
const NOTHING_LEFT_OUT: LeftOut = { codes: new Set(), articles: new Set() };

/** Collapses runs of whitespace, so a quote differing only in spacing can be told apart. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Checks what was read across files. A check that needs a file that could not be read is skipped:
 * the file's own problem already says why.
 */
export function checkDataset(data: PartsOf<CheckedArticle>, leftOut: LeftOut = NOTHING_LEFT_OUT): Problem[] {
  const problems: Problem[] = [];
  const add = (
    level: Problem['level'],
    file: string,
    record: string | null,
    field: string | null,
    message: string,
  ) => problems.push({ level, file, record, field, message });

  const articles = data.articles ?? [];
  const known = new Set(articles.map((a) => a.id));
  // Only where the text has been read: the app checks quotes from the build's findings instead.
  const articleText = new Map(
    articles.flatMap((a) => (a.paragraphs ? [[a.id, a.paragraphs.join('\n')]] : [])),
  );
  const articleDate = new Map(articles.map((a) => [a.id, a.published]));
  const codes =
    data.countries &&
    new Set([
      ...data.countries.countries.map((c) => c.code),
      ...data.countries.groups.map((g) => g.code),
      ...leftOut.codes,
    ]);

  const checkCodes = (file: string, record: string, field: string, list: readonly string[]) => {
    for (const code of list)
      if (codes && !codes.has(code))
        add('error', file, record, field, `unknown country or group code "${code}"`);
  };
  const checkSource = (file: string, record: string, source: Source, at = 'source') => {
    const text = articleText.get(source.article);
    // Nothing to check against: the article's own problem already says why.
    if (data.articles === null || leftOut.articles.has(source.article)) return;
    if (!known.has(source.article)) {
      add('error', file, record, `${at}.article`, `unknown article "${source.article}"`);
    } else if (text === undefined) {
      return;
    } else if (!text.includes(source.quote)) {
      if (normaliseSpace(text).includes(normaliseSpace(source.quote))) {
        add(
          'warning',
          file,
          record,
          `${at}.quote`,
          'quote matches the article only after whitespace is normalised',
        );
      } else {
        add('error', file, record, `${at}.quote`, `quote not found verbatim in article "${source.article}"`);
      }
    }
  };

  for (const group of data.countries?.groups ?? []) {
    checkCodes('countries.json', group.code, 'members', group.members);
    const cycle = cycleThrough(group.code, data.countries?.groups ?? []);
    if (cycle !== null) {
      const how = cycle.length === 2 ? 'directly' : `through ${cycle.slice(1, -1).join(' → ')}`;
      add('error', 'countries.json', group.code, 'members', `group "${group.code}" contains itself ${how}`);
    }
  }

  const projectIds = data.projects && new Set(data.projects.features.map((p) => p.properties.id));
  for (const f of data.figures?.figures ?? []) {
    checkFigureProject(f, projectIds, (field, message) => add('error', 'figures.json', f.id, field, message));
    checkCodes('figures.json', f.id, 'subject', [f.subject]);
    if (f.counterpart !== null) checkCodes('figures.json', f.id, 'counterpart', [f.counterpart]);
    checkSource('figures.json', f.id, f.source);
    checkStatedValues(f, (field, message) => add('error', 'figures.json', f.id, field, message));
    const published = articleDate.get(f.source.article) ?? null;
    if (published !== null && f.asOf !== null && f.asOf > published) {
      add(
        'error',
        'figures.json',
        f.id,
        'asOf',
        `as-of date ${f.asOf} is after the article's date ${published}`,
      );
    }
    if (published !== null && f.period !== undefined && f.period.start > published.slice(0, 7)) {
      const message = `period ${describePeriod(f.period)} starts after the article's date ${published}`;
      add('error', 'figures.json', f.id, 'period', message);
    }
    if (published !== null && f.year !== null && f.year > Number(published.slice(0, 4))) {
      add('error', 'figures.json', f.id, 'year', `year ${f.year} is after the article's date ${published}`);
    }
  }

  for (const [file, features] of [
    ['projects.geojson', data.projects?.features ?? []],
    ['places.geojson', data.places?.features ?? []],
  ] as const) {
    for (const { geometry, properties: p } of features) {
      checkCodes(file, p.id, 'countries', p.countries);
      if ('partners' in p) checkCodes(file, p.id, 'partners', p.partners);
      // A dataset record is cited as it is: there is no sentence to find.
      if (isArticleSource(p.source)) checkSource(file, p.id, p.source);
      const published = articleDate.get(articleOf(p.source) ?? '') ?? null;
      if ('status' in p)
        checkProjectFacts(
          p,
          published,
          (field, message) => add('error', file, p.id, field, message),
          (at, source) => {
            if (isArticleSource(source)) checkSource(file, p.id, source, at);
          },
          (at, code) => checkCodes(file, p.id, at, [code]),
        );
      if ('attack' in p && p.attack !== null && published !== null && p.attack.asOf > published) {
        const message = `attack date ${p.attack.asOf} is after the article's date ${published}`;
        add('error', file, p.id, 'attack.asOf', message);
      }
      if (geometry.type === 'LineString' && geometry.coordinates.length < 2) {
        const message =
          geometry.coordinates.length === 0
            ? 'the route is empty'
            : 'a route needs at least 2 points, it has 1';
        add('error', file, p.id, 'geometry.coordinates', message);
      }
    }
  }

  for (const e of data.events?.events ?? []) {
    checkCodes('events.json', e.id, 'countries', e.countries);
    checkSource('events.json', e.id, e.source);
    const expected = { year: 4, month: 7, day: 10 }[e.precision];
    if (e.date.length !== expected)
      add('error', 'events.json', e.id, 'date', `"${e.date}" does not have ${e.precision} precision`);
    const published = articleDate.get(e.source.article) ?? null;
    if (
      !e.scheduled &&
      published !== null &&
      e.date.slice(0, published.length) > published.slice(0, e.date.length)
    ) {
      add(
        'error',
        'events.json',
        e.id,
        'date',
        `${e.date} is after the article's date ${published}; mark it scheduled if it is a deadline`,
      );
    }
  }
  return problems;
}

/**
 * The figure-only checks: the kind's unit, the measure of a count, and that the quote states the
 * value (and a range's high end) in that unit. The extract draft runs these on its own records.
 */
export function checkStatedValues(f: Figure, report: (field: string, message: string) => void): void {
  const numbers = findNumbers(f.source.quote);
  // A growth rate is written as its size ("fell 9%") with the direction in words.
  const size = (value: number) => (f.kind === 'growth' ? Math.abs(value) : value);
  const check = (field: 'value' | 'valueHigh', value: number) => {
    const stated = numbers.filter((n) => n.value !== null && sameValue(n.value, size(value)));
    if (stated.length === 0) {
      report(
        field,
        `the quote does not state the ${field === 'value' ? 'value' : 'high end'} ${size(value)}`,
      );
    } else if (!stated.some((n) => isInUnit(n, f.unit))) {
      const as = stated.map(describeNumber).join(', ');
      report('unit', `the quote states ${size(value)} as ${as}, not in ${f.unit}`);
    }
    const bound = boundProblem(f.kind, f.unit, value);
    if (bound !== null) report(field, bound);
  };
  check('value', f.value);
  if (f.valueHigh !== undefined) {
    check('valueHigh', f.valueHigh);
    if (f.valueHigh <= f.value)
      report('valueHigh', `the high end ${f.valueHigh} is not above the low end ${f.value}`);
  }
  if (f.kind === 'growth' && f.value < 0 && !FALL.test(f.source.quote))
    report(
      'value',
      `a negative growth rate needs a quote that says it fell ("fell", "down", "declined"); this one does not`,
    );
  if (!unitFitsKind(f.kind, f.unit))
    report('unit', `a ${f.kind} figure is in ${unitsAllowed(f.kind)}, not ${f.unit}`);
  if (f.kind === 'count' && f.measure === undefined)
    report('measure', "a count figure needs a measure: what is counted, in the article's words");
  if (f.flow !== undefined && f.kind !== 'trade')
    report('flow', `only a trade figure has a flow (exports, imports or total), not a ${f.kind} figure`);
  if (f.comparedWith !== undefined && f.kind !== 'growth')
    report('comparedWith', `only a growth figure is compared with something, not a ${f.kind} figure`);
  if (f.period !== undefined) checkPeriod(f, f.period, report);
}

/** Words that say a number went down: a negative growth rate must be quoted with one. */
const FALL =
  /\b(?:fell|falls?|falling|down|decline[sd]?|declining|drop(?:ped|s)?|decrease[sd]?|lower|less|shr[au]nk|contract(?:ed|ion)|slump(?:ed)?|plunged?|plummet(?:ed)?|slid|minus)\b|[-−–]\s?\d/i;

/** The period must be stated in the quote (its months, and its year when the quote gives one). */
function checkPeriod(
  f: Figure,
  period: NonNullable<Figure['period']>,
  report: (field: string, message: string) => void,
) {
  const stated = findPeriods(f.source.quote);
  if (!stated.some((p) => statesPeriod(p, period))) {
    const said =
      stated.length === 0
        ? 'states no part of a year'
        : `states ${stated.map((p) => `"${p.text}"`).join(', ')}`;
    report(
      'period',
      `the quote ${said}, not ${describePeriod(period)}: quote the words that give the period, or leave period out`,
    );
  }
  if (f.year !== null && Number(period.end.slice(0, 4)) !== f.year)
    report('period', `period ${describePeriod(period)} is not in year ${f.year}`);
}

/** The chain of groups by which `start` contains itself ([start, …, start]), or null. */
function cycleThrough(start: string, groups: CountriesFile['groups']): string[] | null {
  const byCode = new Map(groups.map((g) => [g.code, g.members]));
  const stack: string[][] = (byCode.get(start) ?? []).map((m) => [start, m]);
  const seen = new Set<string>();
  while (stack.length > 0) {
    const path = stack.pop() as string[];
    const code = path.at(-1) as string;
    if (code === start) return path;
    if (seen.has(code)) continue;
    seen.add(code);
    for (const member of byCode.get(code) ?? []) stack.push([...path, member]);
  }
  return null;
}
