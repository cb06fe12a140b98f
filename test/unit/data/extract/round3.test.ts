// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigureCandidates } from '../../../../src/data/extract/candidates';
import { countryFinder } from '../../../../src/data/extract/countryFinder';
import { draftArticle } from '../../../../src/data/extract/draftArticle';
import { guessKind } from '../../../../src/data/extract/kinds';
import { type Article, countriesFileSchema, type Figure } from '../../../../src/data/schema';
import { REPO } from '../fixtureDataset';

// Issue 21, "What we saw", items on extraction and drafts (and issue 20's wrong guesses), each on
// sentences written for this test.

const countries = countriesFileSchema.parse(
  JSON.parse(readFileSync(join(REPO, 'data', 'countries.json'), 'utf8')),
);
const findCountries = countryFinder(countries);
const names = new Map([...countries.countries, ...countries.groups].map((c) => [c.code, c.name]));
const groupCodes = new Set(countries.groups.map((g) => g.code));

const article = (paragraphs: string[], published: string | null, title = 'A page'): Article => ({
  id: 'a-page',
  title,
  publisher: null,
  published,
  publishedAsWritten: published,
  sourceFile: 'a.txt',
  paragraphs,
});
const draft = (sentence: string, published: string | null = '2024-05-14', title?: string) =>
  draftArticle(article([sentence], published, title), published, { findCountries, names, groupCodes });
const only = (sentence: string, published?: string | null, title?: string): Figure => {
  const d = draft(sentence, published, title);
  expect(d.figures, sentence).toHaveLength(1);
  return d.figures[0] as Figure;
};
const read = (sentence: string, published: string | null = '2024-05-14') =>
  findFigureCandidates(article([sentence], published), { findCountries });

describe('periods', () => {
  it('drafts a quarter with the year from the article date, marked as a guess', () => {
    const d = draft('Kazakhstan exported $3.9 billion of goods to China in the first quarter.');
    expect(d.figures[0]).toMatchObject({
      period: { start: '2024-01', end: '2024-03' },
      year: 2024,
      flow: 'exports',
    });
    expect(d.guesses.filter((g) => g.field === 'period').map((g) => g.why)).toEqual([
      "the year comes from the article's date",
    ]);
  });

  it('takes a quarter not yet over by the article date from the year before', () => {
    expect(
      only('Kazakhstan exported $3.9 billion to China in the fourth quarter.', '2024-02-10').period,
    ).toEqual({
      start: '2023-10',
      end: '2023-12',
    });
  });

  it('reads first months, half-years and month ranges with the year the sentence gives', () => {
    const cases: [string, Figure['period']][] = [
      [
        'Kazakhstan exported $3 billion to China in the first eight months of 2023.',
        { start: '2023-01', end: '2023-08' },
      ],
      ['Kazakhstan exported $3 billion to China in H1 2023.', { start: '2023-01', end: '2023-06' }],
      [
        'From January to June 2023, Kazakhstan exported $3 billion to China.',
        { start: '2023-01', end: '2023-06' },
      ],
    ];
    for (const [sentence, period] of cases) expect(only(sentence).period, sentence).toEqual(period);
  });

  it('leaves a period empty without a date, and says why', () => {
    const d = draft('Kazakhstan exported $3.9 billion to China in the first quarter.', null);
    expect(d.figures[0]?.period).toBeUndefined();
    expect(d.figures[0]?.year).toBeNull();
    expect(d.guesses.map((g) => g.why)).toContain(
      '"first quarter" gives no year and the article has no date',
    );
    expect(d.dateNote).toMatch(/^no published date/);
  });
});

describe('growth, flows and portfolios', () => {
  it('drafts "rose 12 percent year on year" and "fell by 3 percent" as growth, never share', () => {
    const up = only("Kazakhstan's trade with China rose 12 percent year on year in 2023.");
    expect(up).toMatchObject({ kind: 'growth', value: 12, unit: 'percent', comparedWith: 'year on year' });
    expect(up.label).toBe("Growth of Kazakhstan's trade with China");
    const down = only("Kazakhstan's exports to Russia fell by 3 percent in 2023.");
    expect(down).toMatchObject({ kind: 'growth', value: -3 });
    expect(only('China took 26 percent of Kazakhstan’s trade in 2023.').kind).toBe('share');
  });

  it('keeps exports, imports and turnover apart', () => {
    const d = draft(
      'Kazakhstan imported $2 billion of goods from China, while its exports to Russia were $1 billion.',
    );
    expect(d.figures.map((f) => [f.kind, f.flow, f.subject, f.counterpart, f.label])).toEqual([
      ['trade', 'imports', 'KAZ', 'CHN', "Kazakhstan's imports from China"],
      ['trade', 'exports', 'KAZ', 'RUS', "Kazakhstan's exports to Russia"],
    ]);
    expect(only('Trade turnover between Uzbekistan and Turkey reached $3 billion in 2023.').flow).toBe(
      'total',
    );
  });

  it('drafts "N projects worth $X" as investment with its measure', () => {
    const d = draft('China has a portfolio of 30 projects worth $9 billion in Kazakhstan.');
    const money = d.figures.find((f) => f.unit === 'USD');
    expect(money).toMatchObject({
      kind: 'investment',
      measure: '30 projects',
      subject: 'CHN',
      counterpart: 'KAZ',
    });
  });

  it('drafts planned spending as investment', () => {
    expect(only('Turkmenistan plans to spend $2 billion on a new highway.').kind).toBe('investment');
  });
});

describe('relative years', () => {
  it('resolves "last year" against the published date, as a guess, and leaves it empty without one', () => {
    const d = draft('Kazakhstan exported $410 million of wheat to Iran last year.', '2024-05-14');
    expect(d.figures[0]?.year).toBe(2023);
    expect(d.guesses.map((g) => g.why)).toContain(
      '2023: "last year" read against the article\'s date 2024-05-14',
    );
    const none = draft('Kazakhstan exported $410 million of wheat to Iran last year.', null);
    expect(none.figures[0]?.year).toBeNull();
    expect(none.guesses.map((g) => g.why)).toContain(
      '"last year" left empty: the article has no date to read it against',
    );
  });
});

describe('currencies', () => {
  it('reads ¥ as yen when the sentence names Japan, and lists the choices when nothing settles it', () => {
    expect(read('Japan will lend ¥45 billion to Kazakhstan.')[0]).toMatchObject({
      unit: 'JPY',
      currencyChoices: [],
    });
    const d = draft('Kazakhstan received ¥45 billion in loans.');
    expect(d.figures[0]?.unit).toBe('CNY');
    expect(d.guesses.find((g) => g.field === 'unit')?.why).toBe(
      '"¥45 billion" can be CNY or JPY and nothing in the article says which: CNY chosen',
    );
    expect(read('Turkmenistan will spend 3 billion manat on roads.')[0]?.unit).toBe('TMT');
    expect(read('Kyrgyzstan set aside 2 billion som for power lines.')[0]?.unit).toBe('KGS');
    expect(read('Pakistan expects to earn 40 billion rupees.')[0]?.unit).toBe('PKR');
    expect(read('India expects to earn 40 billion rupees.')[0]?.unit).toBe('INR');
    expect(read('Japan pledged 5 trillion yen.')[0]?.unit).toBe('JPY');
  });
});

describe('attribution and kinds', () => {
  it('credits confirmed, put the toll at, estimated, told, announced, cited, showed', () => {
    const who = (sentence: string) => read(sentence)[0]?.attribution;
    expect(who('The interior ministry confirmed 12 fatalities.')).toBe('The interior ministry');
    expect(who('The disaster agency put the toll at 112 dead.')).toBe('The disaster agency');
    expect(who('About 3,500 people were evacuated, the governor told reporters.')).toBe('the governor');
    expect(who('Aid worth $3 million was sent, the European Commission announced.')).toBe(
      'the European Commission',
    );
    expect(who('Exports fell by 4.5%, customs data showed.')).toBe('customs data');
    expect(who('The bank estimated losses at $2 billion.')).toBe('The bank');
    expect(who('The group cited 40 arrests in March.')).toBe('The group');
  });

  it('reads kinds from measures: fatalities, injured, displaced, detained', () => {
    const kind = (sentence: string) => guessKind(read(sentence)[0] as never).kind;
    expect(kind('The ministry confirmed 19 fatalities.')).toBe('deaths');
    expect(kind('Officials said 40 people were wounded.')).toBe('injuries');
    expect(kind('Some 3,000 people fled the town.')).toBe('displaced');
    expect(kind('Police detained 25 protesters.')).toBe('detentions');
  });
});

describe('numbers that are not counts, and "one" and "a" that are', () => {
  it('does not count numbered names or clock times', () => {
    expect(read('Operation Northern Shield 3 began on Monday with 40 aircraft.').map((c) => c.value)).toEqual(
      [40],
    );
    expect(read('Resolution 2231 was adopted with 15 votes.').map((c) => c.value)).toEqual([15]);
    expect(read('At 14:05 GMT the ministry reported 12 deaths.').map((c) => c.value)).toEqual([12]);
  });

  it('counts "one" and "a" before a countable noun', () => {
    expect(read('One ferry sank near the port.').map((c) => [c.value, c.measure])).toEqual([[1, 'ferry']]);
    expect(read('A soldier was killed at the border.').map((c) => c.value)).toEqual([1]);
    expect(read('It was one of the largest deals.').map((c) => c.value)).toEqual([]);
  });
});

describe('subjects, counterparts and labels (issue 20)', () => {
  it('never makes a group the subject of a country’s trade with it', () => {
    const f = only("China's trade with Central Asia reached $95 billion in 2024.");
    expect([f.subject, f.counterpart, f.label]).toEqual(['CHN', 'CAS', "China's trade with Central Asia"]);
  });

  it('guesses no subject for a sentence that names no country, but keeps the rest', () => {
    const d = draft('The project will cost $40 million, officials said.');
    expect(d.figures).toEqual([]);
    expect(d.skipped[0]).toMatchObject({
      why: 'the sentence names no country, so no subject is guessed: choose one',
      partial: { kind: 'investment', value: 40e6, unit: 'USD', reportedBy: 'officials' },
    });
  });

  it('takes the subject from the headline when the clause names only the partner', () => {
    const f = only(
      'Exports to China reached $3.9 billion in 2023.',
      '2024-05-14',
      "Kazakhstan's trade with China jumps",
    );
    expect([f.subject, f.counterpart, f.flow]).toEqual(['KAZ', 'CHN', 'exports']);
  });

  it('composes labels like the curated ones, without capitals from mid-sentence', () => {
    expect(only('Kazakhstan shipped 4,800 Tonnes of grain to China in 2023.').label).toBe(
      'Tonnes of grain in Kazakhstan',
    );
    expect(only('Iran said 24 people were killed in Iran in 2023.').label).toBe('Deaths in Iran');
  });
});
