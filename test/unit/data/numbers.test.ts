// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeNumber, findNumbers, isInUnit, statesValue } from '../../../src/data/numbers';

const only = (text: string) => {
  const found = findNumbers(text);
  expect(found, `exactly one number in ${JSON.stringify(text)}`).toHaveLength(1);
  const [n] = found;
  return { kind: n?.kind, value: n?.value, unit: n?.unit, date: n?.date, text: n?.text };
};

describe('findNumbers: the forms the articles use', () => {
  it.each([
    ['$95 billion', { kind: 'money', value: 95e9, unit: 'USD', text: '$95 billion' }],
    ['$1.2 billion', { kind: 'money', value: 1.2e9, unit: 'USD', text: '$1.2 billion' }],
    ['a million', { kind: 'count', value: 1e6, unit: null, text: 'a million' }],
    ['1.4 billion', { kind: 'count', value: 1.4e9, unit: null, text: '1.4 billion' }],
    ['10 percent', { kind: 'percent', value: 10, unit: 'percent', text: '10 percent' }],
    ['4.5 million tonnes', { kind: 'quantity', value: 4.5e6, unit: 'tonnes', text: '4.5 million tonnes' }],
    ['224 deaths', { kind: 'count', value: 224, unit: null, text: '224' }],
    ['37%', { kind: 'percent', value: 37, unit: 'percent', text: '37%' }],
    ['12,500 workers', { kind: 'count', value: 12500, unit: null, text: '12,500' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it.each([
    ['06/17/2025', 2025, '2025-06-17', '06/17/2025'],
    ['in 2024', 2024, '2024', '2024'],
    ['July 9', null, '--07-09', 'July 9'],
    ['June 17, 2025', 2025, '2025-06-17', 'June 17, 2025'],
    ['on 17 June 2025,', 2025, '2025-06-17', '17 June 2025'],
    ['in March 2023', 2023, '2023-03', 'March 2023'],
    ['on Nov. 19, 2024', 2024, '2024-11-19', 'Nov. 19, 2024'],
  ])('date %s', (text, year, iso, written) => {
    expect(only(text)).toEqual({ kind: 'date', value: year, unit: null, date: iso, text: written });
  });

  it('reads money in other notations and currencies', () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.kind, n.value, n.unit]);
    expect(read('a $2.7bn deal')).toEqual([['money', 2.7e9, 'USD']]);
    expect(read('US$3 billion')).toEqual([['money', 3e9, 'USD']]);
    expect(read('€4 billion')).toEqual([['money', 4e9, 'EUR']]);
    expect(read('£5m')).toEqual([['money', 5e6, 'GBP']]);
    expect(read('1.2 billion dollars')).toEqual([['money', 1.2e9, 'USD']]);
    expect(read('95 billion yuan')).toEqual([['money', 95e9, 'CNY']]);
    expect(read('around 950,000 rials')).toEqual([['money', 950000, 'IRR']]);
  });

  it('reads quantities with their unit, scale words and percentages written out', () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.kind, n.value, n.unit]);
    expect(read('1,500 megawatts')).toEqual([['quantity', 1500, 'MW']]);
    expect(read('a 5MW plant')).toEqual([['quantity', 5, 'MW']]);
    expect(read('30 bcm of gas')).toEqual([['quantity', 30e9, 'cubic metres']]);
    expect(read('1.5 million barrels a day')).toEqual([['quantity', 1.5e6, 'barrels']]);
    expect(read('3.5 per cent')).toEqual([['percent', 3.5, 'percent']]);
    expect(read('a hundred thousand people')).toEqual([['count', 1e5, null]]);
    expect(read('seventy people')).toEqual([['count', 70, null]]);
  });

  it('finds every number of a sentence in order, with its offset', () => {
    const text = 'Trade was estimated at $95 billion in 2024; 80 million people live there.';
    const found = findNumbers(text);
    expect(found.map((n) => n.text)).toEqual(['$95 billion', '2024', '80 million']);
    for (const n of found) expect(text.slice(n.index, n.index + n.text.length)).toBe(n.text);
  });

  it('ignores numbers inside words, names, formulas and ordinals', () => {
    for (const text of [
      'they tend to agree', // "ten" inside a word
      'a twofold rise',
      'the G7 summit',
      'the Group of Seven',
      'the "5+1" format',
      'a 24/7 service',
      'F-16 jets',
      'COVID-19',
      '5G networks',
      'the 19th century',
      'the 1990s',
      'a b-side',
      'a deal with one partner',
      'prices may rise',
    ]) {
      expect(findNumbers(text), text).toEqual([]);
    }
  });

  it('keeps a capitalised number word that opens a sentence', () => {
    expect(findNumbers('Five people died. Then Seven more')).toMatchObject([{ kind: 'count', value: 5 }]);
  });

  it('refuses impossible calendar dates', () => {
    expect(findNumbers('13/45/2020').filter((n) => n.kind === 'date')).toEqual([]);
  });

  it('reads both ends of a range, the low end borrowing the scale and unit of the high end', () => {
    expect(findNumbers('from 2020-2024').map((n) => n.value)).toEqual([2020, 2024]);
    const read = (t: string) => findNumbers(t).map((n) => [n.kind, n.value, n.unit, n.range?.text]);
    expect(read('10-15 percent')).toEqual([
      ['percent', 10, 'percent', '10-15 percent'],
      ['percent', 15, 'percent', '10-15 percent'],
    ]);
    expect(read('between EUR 2.5 and 3 billion')).toEqual([
      ['money', 2.5e9, 'EUR', 'EUR 2.5 and 3 billion'],
      ['money', 3e9, 'EUR', 'EUR 2.5 and 3 billion'],
    ]);
    expect(read('$40–45 million').map((r) => r.slice(0, 3))).toEqual([
      ['money', 40e6, 'USD'],
      ['money', 45e6, 'USD'],
    ]);
    expect(read('from 12 to 15 percent').map((r) => r[1])).toEqual([12, 15]);
    expect(read('between 1,300 and 1,450').map((r) => r[1])).toEqual([1300, 1450]);
  });

  it('does not take a change or a list for a range', () => {
    const ranges = (t: string) => findNumbers(t).filter((n) => n.range !== null);
    expect(ranges('trade rose 6% to $43.8 billion')).toEqual([]);
    expect(ranges('it fell 12 to 15 cents')).toEqual([]);
    expect(ranges('50 tunnels and 90 bridges')).toEqual([]);
    expect(ranges('killed 9 and injured 41')).toEqual([]);
  });

  it('reads currency codes before or after, number words, plural amounts and hyphenated units', () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.kind, n.value, n.unit, n.text]);
    expect(read('CNY 18 billion')).toEqual([['money', 18e9, 'CNY', 'CNY 18 billion']]);
    expect(read('worth 5 million KZT')).toEqual([['money', 5e6, 'KZT', '5 million KZT']]);
    expect(read('TRY 5 times')).toEqual([['money', 5, 'TRY', 'TRY 5']]);
    expect(read('try 5 times')).toEqual([['count', 5, null, '5']]);
    expect(read('300 billion rubles')).toEqual([['money', 300e9, 'RUB', '300 billion rubles']]);
    expect(read('a dozen ambulances')).toEqual([['count', 12, null, 'a dozen']]);
    expect(read('hundreds of families')).toEqual([['count', 100, null, 'hundreds of']]);
    expect(findNumbers('hundreds of families')[0]?.atLeast).toBe(true);
    expect(read('The 523-kilometre railway')).toEqual([['quantity', 523, 'km', '523-kilometre']]);
    expect(read('a 12-day war')).toEqual([['quantity', 12, 'days', '12-day']]);
    expect(read('a 1.5-million-tonne terminal')).toEqual([
      ['quantity', 1.5e6, 'tonnes', '1.5-million-tonne'],
    ]);
    expect(read('a 10-year plan')).toEqual([['quantity', 10, 'years', '10-year']]);
    expect(read('$200 million a year')).toEqual([['money', 200e6, 'USD', '$200 million']]);
    expect(read('on 13.06.2025')).toEqual([['date', 2025, null, '13.06.2025']]);
    expect(read('one soldier was killed')).toEqual([['count', 1, null, 'one']]);
    expect(read('one of the largest hubs')).toEqual([]);
  });
});

describe('statesValue and isInUnit', () => {
  it('matches values in base units despite float rounding', () => {
    expect(statesValue('has just 80 million inhabitants', 80000000.0)).toBe(true);
    expect(statesValue('the 1.4 billion Chinese population', 1400000000)).toBe(true);
    expect(statesValue('the 1.4 billion Chinese population', 1.5e9)).toBe(false);
    expect(statesValue('due to expire on July 9', 9)).toBe(false);
  });

  it('tells the unit a number is stated in', () => {
    const [money] = findNumbers('$10 billion');
    const [percent] = findNumbers('10 percent');
    const [count] = findNumbers('224 deaths');
    const [year] = findNumbers('2000 people');
    const [tonnes] = findNumbers('4.5 million tonnes');
    if (!money || !percent || !count || !year || !tonnes) throw new Error('numbers not found');
    expect(isInUnit(money, 'USD')).toBe(true);
    expect(isInUnit(money, 'percent')).toBe(false);
    expect(isInUnit(percent, 'percent')).toBe(true);
    expect(isInUnit(count, 'people')).toBe(true);
    expect(isInUnit(count, 'USD')).toBe(false);
    expect(isInUnit(year, 'people')).toBe(true); // a bare "2000" may be a count
    expect(isInUnit(tonnes, 'tonnes')).toBe(true);
    expect(describeNumber(money)).toBe('"$10 billion" (money, USD)');
    expect(describeNumber(percent)).toBe('"10 percent" (percent)');
  });
});
