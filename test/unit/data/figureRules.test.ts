// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/data/checkDataset';
import { findNumbers, isInUnit } from '../../../src/data/numbers';
import { type Figure, figureSchema } from '../../../src/data/schema';
import { findPeriods } from '../../../src/data/statedPeriods';

// Issue 21, "What we saw": periods, growth, flows, bounds by kind and currencies, as the schema
// and the validator read them. Each input is written here, not taken from the seed.

const base: Figure = {
  id: 'f',
  kind: 'trade',
  label: "Kazakhstan's trade with China",
  value: 7.2e9,
  unit: 'USD',
  year: 2024,
  asOf: null,
  qualifier: null,
  reportedBy: null,
  subject: 'KAZ',
  counterpart: 'CHN',
  note: null,
  source: { article: 'a', quote: 'Trade with China reached $7.2 billion in the first quarter of 2024.' },
};

/** Every problem the validator finds in one figure, with the article it cites. */
function problems(f: Figure, published: string | null = '2024-06-01', body?: string): string[] {
  const parsed = figureSchema.safeParse(f);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const article = {
    id: 'a',
    title: 'A',
    publisher: null,
    published,
    publishedAsWritten: null,
    sourceFile: 'a.txt',
    paragraphs: [body ?? f.source.quote],
  };
  return checkDataset({
    articles: [article],
    countries: null,
    figures: { figures: [f] },
    projects: null,
    places: null,
    events: null,
  }).map((p) => `${p.field}: ${p.message}`);
}
const quote = (text: string) => ({ article: 'a', quote: text });

describe('periods', () => {
  it('accepts a period the quote states, with its year from the quote or from `year`', () => {
    expect(problems({ ...base, period: { start: '2024-01', end: '2024-03' } })).toEqual([]);
    const noYear = { ...base, source: quote('Exports to China reached $7.2 billion in January-March.') };
    expect(problems({ ...noYear, period: { start: '2024-01', end: '2024-03' } })).toEqual([]);
  });

  it('refuses a period the quote does not state, or one outside `year`, or after the article', () => {
    expect(problems({ ...base, period: { start: '2024-01', end: '2024-06' } })[0]).toMatch(
      /^period: the quote states "first quarter of 2024", not January–June 2024/,
    );
    const whole = { ...base, source: quote('Trade with China reached $7.2 billion in 2024.') };
    expect(problems({ ...whole, period: { start: '2024-01', end: '2024-03' } })[0]).toMatch(
      /^period: the quote states no part of a year/,
    );
    const h1 = { ...base, year: 2023, source: quote('Trade reached $7.2 billion in H1.') };
    expect(problems({ ...h1, period: { start: '2024-01', end: '2024-06' } })).toContain(
      'period: period January–June 2024 is not in year 2023',
    );
    const q3 = { ...base, year: null, source: quote('Trade reached $7.2 billion in the third quarter.') };
    expect(problems({ ...q3, period: { start: '2024-07', end: '2024-09' } })).toContain(
      "period: period July–September 2024 starts after the article's date 2024-06-01",
    );
  });

  it('refuses a period that ends before it starts', () => {
    expect(problems({ ...base, period: { start: '2024-03', end: '2024-01' } })).toEqual([
      'period.end: the period ends before it starts',
    ]);
  });

  it('reads the ways articles write part of a year', () => {
    const read = (text: string) => findPeriods(text).map((p) => [p.startMonth, p.endMonth, p.year]);
    expect(read('in the first quarter')).toEqual([[1, 3, null]]);
    expect(read('from January to June')).toEqual([[1, 6, null]]);
    expect(read('in the first eight months of 2024')).toEqual([[1, 8, 2024]]);
    expect(read('fell in H1')).toEqual([[1, 6, null]]);
    expect(read('in Q3 2023')).toEqual([[7, 9, 2023]]);
    expect(read('in the second half of 2022')).toEqual([[7, 12, 2022]]);
    expect(read('In January–September 2024')).toEqual([[1, 9, 2024]]);
    expect(read('between October 2023 and March 2024')).toEqual([[10, 3, 2024]]);
    expect(read('in may be')).toEqual([]);
  });
});

describe('growth', () => {
  const growth: Figure = {
    ...base,
    id: 'g',
    kind: 'growth',
    unit: 'percent',
    value: -9,
    period: { start: '2024-01', end: '2024-06' },
    source: quote('EU imports from Kazakhstan fell 9% in H1 2024.'),
  };

  it('takes a negative rate quoted by its size with a word that says it fell', () => {
    expect(problems(growth)).toEqual([]);
    expect(
      problems({ ...growth, value: 150, source: quote('Exports rose 150 percent in H1 2024.') }),
    ).toEqual([]);
  });

  it('refuses a negative rate whose quote says it rose', () => {
    expect(problems({ ...growth, source: quote('EU imports from Kazakhstan rose 9% in H1 2024.') })).toEqual([
      'value: a negative growth rate needs a quote that says it fell ("fell", "down", "declined"); this one does not',
    ]);
  });

  it('keeps comparedWith to growth and flow to trade', () => {
    expect(problems({ ...growth, comparedWith: 'a year earlier' })).toEqual([]);
    expect(problems({ ...base, comparedWith: 'a year earlier' })).toEqual([
      'comparedWith: only a growth figure is compared with something, not a trade figure',
    ]);
    expect(problems({ ...base, flow: 'exports' })).toEqual([]);
    expect(problems({ ...growth, flow: 'exports' })).toEqual([
      'flow: only a trade figure has a flow (exports, imports or total), not a growth figure',
    ]);
    expect(figureSchema.safeParse({ ...base, flow: 'reexports' }).success).toBe(false);
  });
});

describe('bounds by kind', () => {
  const pct = (kind: Figure['kind'], value: number, text: string): Figure => ({
    ...base,
    kind,
    unit: 'percent',
    value,
    year: null,
    source: quote(text),
  });

  it('refuses a share above 100, and says that a change is growth', () => {
    expect(problems(pct('share', 150, 'China took a 150 percent share.'))).toEqual([
      'value: a share is part of a whole, between 0 and 100 percent, not 150; a change of 150 percent is kind "growth"',
    ]);
    expect(problems(pct('share', 100, 'China took a 100 percent share.'))).toEqual([]);
  });

  it('lets a tariff exceed 100 but not go below 0', () => {
    expect(problems(pct('tariff', 145, 'a tariff of 145 percent'))).toEqual([]);
  });

  it('wants counts of people whole', () => {
    const deaths: Figure = {
      ...base,
      kind: 'deaths',
      unit: 'people',
      value: 2.5,
      year: null,
      source: quote('2.5 people died'),
    };
    expect(problems(deaths)).toEqual(['value: a count of people is a whole number, not 2.5']);
  });
});

describe('currencies', () => {
  const money = (unit: Figure['unit'], value: number, text: string): string[] =>
    problems({ ...base, unit, value, year: null, source: quote(text) });

  it('accepts ¥ as yen and as yuan, and each currency a shared word can mean', () => {
    expect(money('JPY', 2e12, 'Japan will lend ¥2 trillion.')).toEqual([]);
    expect(money('CNY', 2e12, 'Banks will lend ¥2 trillion.')).toEqual([]);
    expect(money('TMT', 3e9, 'a budget of 3 billion manat')).toEqual([]);
    expect(money('AZN', 3e9, 'a budget of 3 billion manat')).toEqual([]);
    expect(money('SAR', 2e9, 'a loan of 2 billion riyals')).toEqual([]);
    expect(money('QAR', 2e9, 'a loan of 2 billion riyals')).toEqual([]);
    expect(money('EUR', 3e9, 'a budget of 3 billion manat')[0]).toMatch(
      /^unit: the quote states 3000000000 as "3 billion manat" \(money, TMT\), not in EUR/,
    );
  });

  it('reads currency words and signs for the codes', () => {
    const cases: [string, string, number][] = [
      ['5 trillion yen', 'JPY', 5e12],
      ['40 billion rupees', 'PKR', 40e9],
      ['2 billion som', 'KGS', 2e9],
      ['1.2 trillion soums', 'UZS', 1.2e12],
      ['7 billion tenge', 'KZT', 7e9],
      ['90 million somoni', 'TJS', 90e6],
      ['4 billion dirhams', 'AED', 4e9],
      ['30 million shekels', 'ILS', 30e6],
      ['2 billion afghanis', 'AFN', 2e9],
      ['600 million lari', 'GEL', 600e6],
      ['15 billion drams', 'AMD', 15e9],
      ['8 billion hryvnias', 'UAH', 8e9],
      ['300 billion tugriks', 'MNT', 300e9],
      ['12 million Swiss francs', 'CHF', 12e6],
      ['2 billion Belarusian rubles', 'BYN', 2e9],
      ['₸500 million', 'KZT', 500e6],
      ['₹3 billion', 'INR', 3e9],
    ];
    for (const [text, code, value] of cases) {
      const [n] = findNumbers(`They paid ${text}.`);
      expect(n?.value, text).toBe(value);
      expect(n !== undefined && isInUnit(n, code), `${text} in ${code}`).toBe(true);
    }
  });
});
