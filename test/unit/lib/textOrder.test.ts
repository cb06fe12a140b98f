import { compareNames, comparePlain, foldText } from '../../../src/lib/textOrder';

describe('text order without Intl', () => {
  it('folds accents and case', () => {
    expect(foldText('  Türkiye ')).toBe('turkiye');
    expect(foldText('Côte d’Ivoire')).toBe('cote d’ivoire');
  });

  it('orders names alphabetically, accented letters with their base letter', () => {
    const names = ['Uzbekistan', 'Åland Islands', 'Türkiye', 'tajikistan', 'Turkmenistan', 'Afghanistan'];
    expect([...names].sort(compareNames)).toEqual([
      'Afghanistan',
      'Åland Islands',
      'tajikistan',
      'Türkiye',
      'Turkmenistan',
      'Uzbekistan',
    ]);
  });

  it('compares plain strings by code unit, and equal names are equal', () => {
    expect(comparePlain('2024-01-02', '2024-01-10')).toBe(-1);
    expect(comparePlain('b', 'a')).toBe(1);
    expect(compareNames('Iran', 'Iran')).toBe(0);
  });
});
