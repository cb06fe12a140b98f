import {
  describeQualifier,
  formatAmount,
  formatMagnitude,
  formatRatio,
  formatValue,
  isApproximate,
} from '../../../src/lib/formatValue';

describe('formatAmount', () => {
  it.each([
    [95e9, 'USD', '$95 billion'],
    [64e9, 'USD', '$64 billion'],
    [1.2e12, 'USD', '$1.2 trillion'],
    [3.25e6, 'USD', '$3.25 million'],
    [12_300, 'USD', '$12,300'],
    [-5e9, 'USD', '-$5 billion'],
    [80e6, 'people', '80 million'],
    [1.4e9, 'people', '1.4 billion'],
    [224, 'people', '224'],
    [12_345, 'people', '12,345'],
    [10, 'percent', '10%'],
    [2.5, 'percent', '2.5%'],
  ] as const)('%d %s reads "%s"', (value, unit, expected) => {
    expect(formatAmount(value, unit)).toBe(expected);
  });

  it('keeps a currency code other than USD, names counted things and joins a range', () => {
    expect(formatAmount(2.5e9, 'EUR')).toBe('EUR 2.5 billion');
    expect(formatAmount(75, 'items', { noun: 'cruise missiles' })).toBe('75 cruise missiles');
    expect(formatAmount(40e6, 'USD', { high: 45e6 })).toBe('$40 million to $45 million');
    expect(formatValue(12, 'percent', 'around', { high: 15 })).toBe('around 12% to 15%');
  });

  it('adds a noun, singular for exactly one', () => {
    expect(formatAmount(1.4e9, 'people', { noun: 'people' })).toBe('1.4 billion people');
    expect(formatAmount(224, 'people', { noun: 'deaths', nounOne: 'death' })).toBe('224 deaths');
    expect(formatAmount(1, 'people', { noun: 'deaths', nounOne: 'death' })).toBe('1 death');
  });
});

describe('formatMagnitude', () => {
  it('keeps three significant digits and trims zeros', () => {
    expect(formatMagnitude(1.234e9)).toBe('1.23 billion');
    expect(formatMagnitude(1e6)).toBe('1 million');
    expect(formatMagnitude(2.5)).toBe('2.5');
  });
  it('moves up a scale rather than writing "1000 million"', () => {
    expect(formatMagnitude(999.96e6)).toBe('1 billion');
  });
});

describe('formatValue with qualifiers', () => {
  it('words the qualifier the way the source does', () => {
    expect(formatValue(64e9, 'USD', 'around')).toBe('around $64 billion');
    expect(formatValue(95e9, 'USD', 'estimated')).toBe('estimated $95 billion');
    expect(formatValue(1e6, 'people', 'more than')).toBe('more than 1 million');
    expect(formatValue(44e9, 'USD', null)).toBe('$44 billion');
  });
  it('treats around and estimated as approximate, but not "more than"', () => {
    expect(isApproximate('around')).toBe(true);
    expect(isApproximate('estimated')).toBe(true);
    expect(isApproximate('more than')).toBe(false);
    expect(isApproximate(null)).toBe(false);
  });
  it('describes each qualifier in words', () => {
    expect(describeQualifier('more than')).toBe('a lower bound ("more than")');
    expect(describeQualifier(null)).toBe('stated without qualification');
  });
});

describe('formatRatio', () => {
  it('writes computed ratios plainly', () => {
    expect(formatRatio(1.4e9 / 80e6)).toBe('17.5');
    expect(formatRatio(2)).toBe('2');
  });
});
