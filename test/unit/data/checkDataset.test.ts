// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/data/checkDataset';
import { formatProblem, type Problem } from '../../../src/data/problem';
import { loadFixtureDataset, removeDataDirs } from './fixtureDataset';

afterAll(removeDataDirs);

type Expected = Problem;
const error = (file: string, record: string, field: string, message: string): Expected => ({
  level: 'error',
  file,
  record,
  field,
  message,
});

const W = 'kazakh-wheat-exports-to-china-hit-record';

// Each broken fixture (test/fixtures/broken/<class>/) holds one kind of mistake in files that
// parse; these are the problems it must produce, and nothing else.
const CASES: [string, Expected[]][] = [
  [
    'unknown-country-code',
    [error('figures.json', 'population-uzbekistan', 'subject', 'unknown country or group code "UZX"')],
  ],
  [
    'unknown-group-member',
    [error('countries.json', 'CAS', 'members', 'unknown country or group code "TJX"')],
  ],
  [
    'unknown-article',
    [
      error(
        'events.json',
        'khorgos-grain-terminal-opens',
        'source.article',
        'unknown article "kazakh-wheat-exports-hit-record"',
      ),
    ],
  ],
  [
    'quote-not-found',
    [
      error(
        'projects.geojson',
        'khorgos-grain-terminal',
        'source.quote',
        `quote not found verbatim in article "${W}"`,
      ),
    ],
  ],
  [
    'value-not-in-quote',
    [error('figures.json', 'population-uzbekistan', 'value', 'the quote does not state the value 35000000')],
  ],
  [
    'unit-not-as-quoted',
    [
      error(
        'figures.json',
        'trade-kazakhstan-china-wheat-2023',
        'unit',
        'the quote states 37 as "37%" (percent), not in USD',
      ),
    ],
  ],
  [
    'unit-wrong-for-kind',
    [
      error(
        'figures.json',
        'tariff-uzbekistan-solar-panels-2023',
        'unit',
        'the quote states 5 as "5 percent" (percent), not in USD',
      ),
      error(
        'figures.json',
        'tariff-uzbekistan-solar-panels-2023',
        'unit',
        'a tariff figure is in percent, not USD',
      ),
    ],
  ],
  [
    'negative-count',
    [
      error('figures.json', 'population-uzbekistan', 'value', 'the quote does not state the value -36000000'),
      error('figures.json', 'population-uzbekistan', 'value', 'a count cannot be negative'),
    ],
  ],
  [
    'figure-after-article',
    [
      error(
        'figures.json',
        'trade-kazakhstan-china-wheat-2023',
        'asOf',
        "as-of date 2024-05-01 is after the article's date 2024-04-02",
      ),
      error(
        'figures.json',
        'trade-kazakhstan-china-wheat-2023',
        'year',
        "year 2025 is after the article's date 2024-04-02",
      ),
    ],
  ],
  [
    'event-after-article',
    [
      error(
        'events.json',
        'uzbekistan-gulf-solar-deals',
        'date',
        "2024-12-19 is after the article's date 2024-11-20; mark it scheduled if it is a deadline",
      ),
    ],
  ],
  [
    'date-precision-mismatch',
    [error('events.json', 'khorgos-grain-terminal-opens', 'date', '"2023-03" does not have day precision')],
  ],
  [
    'attack-after-article',
    [
      error(
        'places.geojson',
        'astana',
        'attack.asOf',
        "attack date 2024-05-01 is after the article's date 2024-04-02",
      ),
    ],
  ],
  [
    'empty-route',
    [error('projects.geojson', 'almaty-khorgos-rail', 'geometry.coordinates', 'the route is empty')],
  ],
  [
    'one-point-route',
    [
      error(
        'projects.geojson',
        'almaty-khorgos-rail',
        'geometry.coordinates',
        'a route needs at least 2 points, it has 1',
      ),
    ],
  ],
  [
    'group-contains-itself',
    [error('countries.json', 'CAS', 'members', 'group "CAS" contains itself directly')],
  ],
  [
    'group-cycle',
    [
      error('countries.json', 'GLF', 'members', 'group "GLF" contains itself through EUU'),
      error('countries.json', 'EUU', 'members', 'group "EUU" contains itself through GLF'),
    ],
  ],
  [
    'whitespace-quote',
    [
      {
        level: 'warning',
        file: 'figures.json',
        record: 'population-uzbekistan',
        field: 'source.quote',
        message: 'quote matches the article only after whitespace is normalised',
      },
    ],
  ],
];

describe('checkDataset', () => {
  it('finds nothing wrong with the valid base dataset', () => {
    expect(checkDataset(loadFixtureDataset())).toEqual([]);
  });

  it.each(CASES)(
    'broken fixture %s: reports exactly its problems, located by file, record and field',
    (name, expected) => {
      const problems = checkDataset(loadFixtureDataset(name));
      expect(problems).toEqual(expected);
      for (const p of problems) {
        const line = formatProblem(p);
        expect(line).toContain(p.file);
        expect(line).toContain(`record ${p.record}`);
        expect(line).toContain(`field ${p.field}`);
      }
    },
  );

  it('allows an event after its article when it is scheduled (a deadline), and only then', () => {
    const data = loadFixtureDataset('event-after-article');
    const event = data.events.events.find((e) => e.id === 'uzbekistan-gulf-solar-deals');
    if (!event) throw new Error('fixture event missing');
    event.scheduled = true;
    expect(checkDataset(data)).toEqual([]);
  });

  it('compares a month-precision event with the article by month', () => {
    const data = loadFixtureDataset();
    const event = data.events.events.find((e) => e.id === 'uzbekistan-gulf-solar-deals');
    if (!event) throw new Error('fixture event missing');
    Object.assign(event, { date: '2024-11', precision: 'month' });
    expect(checkDataset(data)).toEqual([]);
    Object.assign(event, { date: '2024-12' });
    expect(checkDataset(data).map((p) => [p.record, p.field])).toEqual([
      ['uzbekistan-gulf-solar-deals', 'date'],
    ]);
  });

  it('skips date checks when the article gives no date (a relative time is never turned into one)', () => {
    const data = loadFixtureDataset();
    const place = data.places.features.find((f) => f.properties.id === 'tehran');
    if (!place) throw new Error('fixture place missing');
    place.properties.attack = { asOf: '2099-01-01', note: 'The rial article is dated only "an hour ago".' };
    expect(checkDataset(data)).toEqual([]);
  });
});
