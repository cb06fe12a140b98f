// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { candidatesJson, candidatesTable, excerpt } from '../../../scripts/lib/extractFormat';
import { parseArticle } from '../../../src/data/articleFile';
import { parseDataFile } from '../../../src/data/dataFiles';
import { extractCandidates, quoteSpans, unmatchedFigures } from '../../../src/data/extract/recordedNumbers';
import type { Article, Figure } from '../../../src/data/schema';
import { FIXTURES, loadFixtureDataset, REPO, removeDataDirs } from '../data/fixtureDataset';

afterAll(removeDataDirs);

function readArticle(path: string): Article {
  const parsed = parseArticle(path, readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.article;
}
function readJson<K extends 'figures' | 'events'>(key: K, path: string) {
  const parsed = parseDataFile(key, readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.data;
}

const DATA = join(REPO, 'data');
const seedFigures = readJson('figures', join(DATA, 'figures.json')).figures;
const seedEvents = readJson('events', join(DATA, 'events.json')).events;
const seedArticles = readdirSync(join(DATA, 'articles')).map((n) => readArticle(join(DATA, 'articles', n)));

/** A compact view of a candidate: what it is, how it is written, and who records it. */
const row = (c: ReturnType<typeof extractCandidates>[number]) =>
  [c.kind, c.value, c.unit, c.text, c.figureId ?? c.eventId ?? null] as const;

describe('extractCandidates on the seed articles and data/figures.json', () => {
  it('finds every figure of data/figures.json as a captured candidate of its article', () => {
    for (const figure of seedFigures) {
      const article = seedArticles.find((a) => a.id === figure.source.article);
      expect(article, figure.id).toBeDefined();
      const candidates = extractCandidates(article as Article, seedFigures, seedEvents);
      const hit = candidates.find((c) => c.figureId === figure.id && c.capturedAs === 'value');
      expect(hit, figure.id).toBeDefined();
      expect(
        figure.source.quote.includes(hit?.text ?? '\u0000') || hit?.sentence.includes(figure.source.quote),
      ).toBe(true);
    }
    for (const article of seedArticles)
      expect(unmatchedFigures(article, seedFigures, extractCandidates(article, seedFigures))).toEqual([]);
  });

  it('lists the lead article numbers in order, each captured or not', () => {
    const lead = seedArticles.find((a) => a.id === 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    const candidates = extractCandidates(lead as Article, seedFigures, seedEvents);
    expect(candidates.map(row)).toEqual([
      ['date', 1991, null, '1991', 'soviet-union-falls'],
      ['count', 5, null, 'five', null],
      ['count', 5, null, 'five', null],
      ['money', 95e9, 'USD', '$95 billion', 'trade-china-central-asia-2024'],
      ['date', 2024, null, '2024', 'trade-china-central-asia-2024'],
      ['money', 64e9, 'USD', '$64 billion', 'trade-eu-central-asia-2023'],
      ['date', 2023, null, '2023', 'trade-eu-central-asia-2023'],
      ['money', 44e9, 'USD', '$44 billion', 'trade-russia-central-asia'],
      ['count', 1e6, null, 'a million', 'detentions-uyghurs-china'],
      ['count', 80e6, null, '80 million', 'population-central-asia'],
      ['count', 1.4e9, null, '1.4 billion', 'population-china'],
    ]);
    expect(candidates.map((c) => c.capturedAs)).toEqual([
      'date',
      null,
      null,
      'value',
      'year',
      'value',
      'year',
      'value',
      'value',
      'value',
      'value',
    ]);
    const trade = candidates[3];
    expect(trade?.sentence).toBe(
      'Trade volume with the region was estimated at $95 billion in 2024, according to Chinese customs.',
    );
    expect(trade?.paragraph).toBe(12);
    expect(lead?.paragraphs.join('\n').slice(trade?.offset, (trade?.offset ?? 0) + 11)).toBe('$95 billion');
  });

  it('matches a year-less date ("July 9") to a scheduled event on that day', () => {
    const trump = seedArticles.find((a) => a.id === 'trump-says-eu-not-offering-fair-deal-on-trade');
    const candidates = extractCandidates(trump as Article, seedFigures, seedEvents);
    expect(candidates.map(row)).toEqual([
      ['percent', 10, 'percent', '10 percent', 'tariff-us-blanket'],
      // "dozens of countries": at least 12, and not captured by any figure.
      ['count', 12, null, 'dozens of', null],
      ['date', null, null, 'July 9', 'tariff-pause-expires'],
    ]);
    expect(candidates[2]?.date).toBe('--07-09');
  });
});

describe('extractCandidates on articles written for the tests', () => {
  const base = loadFixtureDataset();
  const article = (id: string) => readArticle(join(FIXTURES, 'articles', `${id}.md`));
  const run = (id: string) => extractCandidates(article(id), base.figures.figures, base.events.events);

  it('reads a trade story: tonnes, dollars, percentages, a workforce, a month and year', () => {
    expect(run('kazakh-wheat-exports-to-china-hit-record').map(row)).toEqual([
      ['quantity', 4.5e6, 'tonnes', '4.5 million tonnes', null],
      // The figure's year is 2023, but its quote is in another sentence: not this mention.
      ['date', 2023, null, '2023', null],
      ['money', 1.2e9, 'USD', '$1.2 billion', 'trade-kazakhstan-china-wheat-2023'],
      ['percent', 37, 'percent', '37%', null],
      ['percent', 12, 'percent', '12 percent', null],
      ['quantity', 10.5e6, 'tonnes', '10.5 million tonnes', null],
      ['date', 2023, null, 'March 2023', 'khorgos-grain-terminal-opens'],
      ['count', 12500, null, '12,500', null],
      ['count', 50, null, '50', null],
      ['percent', 3.5, 'percent', '3.5 per cent', null],
    ]);
  });

  it('reads an investment story: "$2.7bn", megawatts, abbreviated and future dates', () => {
    const candidates = run('uzbekistan-signs-solar-deals-with-gulf-investors');
    expect(candidates.map(row)).toEqual([
      ['money', 2.7e9, 'USD', '$2.7bn', 'trade-gulf-uzbekistan-solar-2024'],
      ['date', 2024, null, 'Nov. 19, 2024', 'trade-gulf-uzbekistan-solar-2024'],
      ['count', 2, null, 'two', null],
      ['quantity', 1500, 'MW', '1,500 megawatts', null],
      ['count', 36e6, null, '36 million', 'population-uzbekistan'],
      ['percent', 40, 'percent', '40 percent', null],
      ['date', 2030, null, '2030', null],
      ['percent', 8, 'percent', '8%', null],
      ['percent', 5, 'percent', '5 percent', 'tariff-uzbekistan-solar-panels-2023'],
      ['date', 2023, null, '2023', 'tariff-uzbekistan-solar-panels-2023'],
      ['date', 2025, null, 'June 5, 2025', 'first-uzbek-solar-plant-due'],
      ['date', 1991, null, '1991', null],
      ['count', 400000, null, '400,000', null],
    ]);
    // The signing date is recorded both as a figure's as-of date and as an event: the figure is named.
    expect(candidates[1]).toMatchObject({ capturedAs: 'asOf', eventId: 'uzbekistan-gulf-solar-deals' });
    expect(candidates[4]?.sentence).toBe(
      'The country of 36 million people wants renewables to supply 40 percent of its electricity by 2030, up from about 8% today.',
    );
  });

  it('reads an article no record cites yet: everything is uncaptured, currencies named', () => {
    expect(run('iran-rial-slides-as-inflation-tops-40-percent').map(row)).toEqual([
      ['money', 950000, 'IRR', '950,000 rials', null],
      ['percent', 40, 'percent', '40 percent', null],
      ['quantity', 1.5e6, 'barrels', '1.5 million barrels', null],
      ['money', 500e6, 'USD', '$500 million', null],
      ['money', 4e9, 'EUR', '€4 billion', null],
    ]);
  });
});

describe('what counts as captured', () => {
  const article: Article = {
    id: 'two-deals',
    title: 'Two deals',
    publisher: null,
    published: '2024-01-10',
    publishedAsWritten: null,
    sourceFile: 'test.txt',
    paragraphs: [
      'Kazakhstan signed a $5 billion deal with China.',
      'Uzbekistan signed a $5 billion deal too.',
    ],
  };
  const figure = (over: Partial<Figure>): Figure => ({
    id: 'deal',
    kind: 'trade',
    label: 'Deal',
    value: 5e9,
    unit: 'USD',
    year: null,
    asOf: null,
    qualifier: null,
    reportedBy: null,
    subject: 'UZB',
    counterpart: null,
    note: null,
    source: { article: 'two-deals', quote: 'Uzbekistan signed a $5 billion deal' },
    ...over,
  });
  const captured = (figures: Figure[]) => extractCandidates(article, figures).map((c) => c.figureId);

  it('needs the quote in the candidate sentence: the same value elsewhere stays uncaptured', () => {
    expect(captured([figure({})])).toEqual([null, 'deal']);
  });

  it('needs the same article, the same value and the same unit', () => {
    expect(
      captured([figure({ source: { article: 'other', quote: 'Uzbekistan signed a $5 billion deal' } })]),
    ).toEqual([null, null]);
    expect(captured([figure({ value: 5e6 })])).toEqual([null, null]);
    expect(captured([figure({ kind: 'tariff', unit: 'percent', value: 5 })])).toEqual([null, null]);
  });

  it('falls back to the quote containing the text when the quote is not in the article', () => {
    // The validator flags such a quote; extract still shows which number it was meant for.
    const loose = figure({ source: { article: 'two-deals', quote: 'signed a $5 billion agreement' } });
    expect(captured([loose])).toEqual(['deal', 'deal']);
  });

  it('finds a quote verbatim, or with different spacing', () => {
    const body = 'one  two\nthree four';
    expect(quoteSpans(body, 'two')).toEqual([{ start: 5, end: 8 }]);
    expect(quoteSpans(body, 'one two three')).toEqual([{ start: 0, end: 14 }]);
    expect(quoteSpans(body, 'five')).toEqual([]);
  });

  it('reports a figure whose value no candidate matches', () => {
    const wrong = figure({ id: 'wrong', value: 6e9 });
    expect(unmatchedFigures(article, [wrong], extractCandidates(article, [wrong])).map((f) => f.id)).toEqual([
      'wrong',
    ]);
  });
});

describe('extract output', () => {
  const lead = seedArticles.find(
    (a) => a.id === 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties',
  ) as Article;
  const candidates = extractCandidates(lead, seedFigures, seedEvents);

  it('prints a table with a status per candidate, the sentence marked, and a summary line', () => {
    const table = candidatesTable('lead.md', candidates, []);
    const lines = table.split('\n');
    expect(lines[0]).toBe('lead.md');
    expect(lines[2]).toMatch(/^ {2}# {2}status +kind +value +as written$/);
    expect(table).toMatch(
      /^ {2}4 {2}✓ captured by trade-china-central-asia-2024 +money +95,000,000,000 USD +\$95 billion$/m,
    );
    expect(table).toMatch(
      /^ {2}5 {2}✓ captured by trade-china-central-asia-2024 \(year\) +date +2024 +2024$/m,
    );
    expect(table).toMatch(/^ {2}2 {2}· not captured +count +5 +five$/m);
    expect(table).toMatch(/^ {2}1 {2}✓ captured by event soviet-union-falls +date +1991 +1991$/m);
    expect(table).toContain('¶12 Trade volume with the region was estimated at «$95 billion» in 2024');
    expect(lines.at(-2)).toBe(
      '11 candidate(s): 9 captured, 2 not captured (3 money, 5 count, 0 percent, 0 quantity, 3 date)',
    );
  });

  it('warns in the table about figures the article does not support', () => {
    const table = candidatesTable('lead.md', candidates, [{ ...(seedFigures[0] as Figure), id: 'ghost' }]);
    expect(table).toContain(
      '! figure ghost cites this article, but no candidate matches its value 95000000000 USD',
    );
  });

  it('cuts a long sentence around the candidate', () => {
    const long = candidates.find((c) => c.text === '$44 billion');
    const text = excerpt(long as (typeof candidates)[number], 60);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toContain('«$44 billion»');
    expect(text.startsWith('…')).toBe(true);
  });

  it('prints JSON: one object per candidate with kind, value, unit, text, sentence, figureId and its reading', () => {
    const rows = JSON.parse(candidatesJson(candidates)) as Record<string, unknown>[];
    expect(rows).toHaveLength(11);
    expect(rows[3]).toEqual({
      kind: 'money',
      value: 95e9,
      unit: 'USD',
      date: null,
      text: '$95 billion',
      sentence:
        'Trade volume with the region was estimated at $95 billion in 2024, according to Chinese customs.',
      paragraph: 12,
      figureId: 'trade-china-central-asia-2024',
      eventId: null,
      capturedAs: 'value',
      high: null,
      measure: null,
      qualifier: 'estimated',
      attribution: 'Chinese customs',
      year: 2024,
      // This test reads the candidates without a country finder.
      countries: [],
    });
  });
});
