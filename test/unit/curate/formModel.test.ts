// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codeOptions } from '../../../src/curate/countries/codeOptions';
import { matchCodes } from '../../../src/curate/form/CodeCombobox';
import { figureIdFor } from '../../../src/curate/form/figureId';
import { fromRecord, toRecord } from '../../../src/curate/form/formValues';
import { mergeValues } from '../../../src/curate/form/mergeValues';
import { fixtureDataset, WORKERS } from './fixtures';

describe('mergeValues', () => {
  const base = { label: 'A', note: '', year: '2024' };
  it('takes each side’s own changes and keeps fields neither changed', () => {
    const merged = mergeValues(base, { ...base, label: 'Mine' }, { ...base, note: 'Theirs' });
    expect(merged).toEqual({ values: { label: 'Mine', note: 'Theirs', year: '2024' }, conflicts: [] });
  });
  it('reports a field both changed differently, and not one both changed alike', () => {
    const merged = mergeValues(
      base,
      { ...base, label: 'Mine', year: '2023' },
      { ...base, label: 'Theirs', year: '2023' },
    );
    expect(merged.conflicts).toEqual([{ field: 'label', mine: 'Mine', theirs: 'Theirs' }]);
    expect(merged.values.year).toBe('2023');
  });
});

describe('figureIdFor', () => {
  it('is article, kind and subject, numbered from 1 past the ids taken', () => {
    const values = { kind: 'trade', subject: 'ARM' };
    expect(figureIdFor(values, 'a-page', new Set())).toBe('a-page-trade-arm-1');
    expect(figureIdFor(values, 'a-page', new Set(['a-page-trade-arm-1']))).toBe('a-page-trade-arm-2');
  });
});

describe('the figure form’s values', () => {
  it('round-trip period, flow and comparedWith, and leave them out when empty', () => {
    const figure = {
      ...WORKERS,
      period: { start: '2025-01', end: '2025-03' },
      flow: 'exports' as const,
      comparedWith: 'a year earlier',
    };
    const { values } = fromRecord('figure', figure);
    expect(toRecord('figure', values, WORKERS.source.article)).toEqual(figure);
    expect(toRecord('figure', fromRecord('figure', WORKERS).values, WORKERS.source.article)).toEqual(WORKERS);
  });
});

describe('matchCodes', () => {
  const options = codeOptions(fixtureDataset().countries);
  it('finds a country by name, alias, demonym or code, known ones first', () => {
    expect(matchCodes(options, 'kaz')[0]?.code).toBe('KAZ');
    expect(matchCodes(options, 'yerevan')[0]).toMatchObject({ code: 'ARM', known: false });
    expect(matchCodes(options, 'türk').map((o) => o.code)).toContain('TUR');
    expect(matchCodes(options, '')).toEqual([]);
  });
});
