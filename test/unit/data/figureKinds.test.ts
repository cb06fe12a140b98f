// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkStatedValues } from '../../../src/data/checkDataset';
import { unitFitsKind } from '../../../src/data/figureKinds';
import { type Figure, figureKindSchema, figureSchema, figureUnitSchema } from '../../../src/data/schema';

const base: Figure = {
  id: 'f',
  kind: 'trade',
  label: 'A figure',
  value: 40e6,
  unit: 'USD',
  year: null,
  asOf: null,
  qualifier: null,
  reportedBy: null,
  subject: 'KAZ',
  counterpart: null,
  note: null,
  source: { article: 'a', quote: 'The deal is worth $40 million to $45 million.' },
};

const problems = (f: Figure) => {
  const found: string[] = [];
  checkStatedValues(f, (field, message) => found.push(`${field}: ${message}`));
  return found;
};

describe('figure kinds and units', () => {
  it('gives every kind a unit family and accepts currency codes only for money kinds', () => {
    for (const kind of figureKindSchema.options)
      expect(
        figureUnitSchema.options.some((unit) => unitFitsKind(kind, unit)),
        kind,
      ).toBe(true);
    expect(unitFitsKind('losses', 'EUR')).toBe(true);
    expect(unitFitsKind('deaths', 'EUR')).toBe(false);
    expect(unitFitsKind('share', 'percent')).toBe(true);
    expect(unitFitsKind('count', 'items')).toBe(true);
    expect(unitFitsKind('count', 'people')).toBe(false);
  });

  it('refuses a currency code outside the allowlist', () => {
    expect(figureSchema.safeParse({ ...base, unit: 'EUO' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...base, unit: 'KZT' }).success).toBe(true);
  });

  it('accepts a range whose two ends the quote states', () => {
    expect(problems({ ...base, valueHigh: 45e6 })).toEqual([]);
  });

  it('names a range end the quote does not state, and a high end below the low one', () => {
    expect(problems({ ...base, valueHigh: 50e6 })).toEqual([
      'valueHigh: the quote does not state the high end 50000000',
    ]);
    expect(problems({ ...base, value: 45e6, valueHigh: 40e6 })).toEqual([
      'valueHigh: the high end 40000000 is not above the low end 45000000',
    ]);
  });

  it('checks the unit against the kind and asks a count for its measure', () => {
    const deaths = { ...base, kind: 'deaths' as const, unit: 'EUR' as const };
    expect(problems(deaths)).toContain('unit: a deaths figure is in people, not EUR');
    const missiles: Figure = {
      ...base,
      kind: 'count',
      unit: 'items',
      value: 75,
      source: { article: 'a', quote: 'It fired 75 cruise missiles overnight.' },
    };
    expect(problems(missiles)).toEqual([
      "measure: a count figure needs a measure: what is counted, in the article's words",
    ]);
    expect(problems({ ...missiles, measure: 'cruise missiles' })).toEqual([]);
  });
});
