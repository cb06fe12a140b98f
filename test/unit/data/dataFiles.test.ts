// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type DataFileKey, describeJsonError, parseDataFile } from '../../../src/data/dataFiles';
import { isCalendarDate } from '../../../src/data/schema';
import { REPO } from './fixtureDataset';

const messageOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, error);
  }
  throw new Error('the text parsed');
};

describe('parseDataFile', () => {
  it('accepts every committed data file', () => {
    for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
      const parsed = parseDataFile(key, readFileSync(join(REPO, 'data', DATA_FILES[key].file), 'utf8'));
      expect(parsed.ok, key).toBe(true);
    }
  });

  it('says a blank file is empty', () => {
    for (const text of ['', '  \n\n'])
      expect(parseDataFile('figures', text)).toEqual({
        ok: false,
        problems: [
          { level: 'error', file: 'figures.json', record: null, field: null, message: 'the file is empty' },
        ],
      });
  });

  it('says a file cut short is truncated, wherever the cut falls', () => {
    for (const text of [
      '{"figures": [',
      '{"figures": [{"id": "a',
      '{"a": 12',
      '{"a": [1, 2',
      '{"a": tru',
      '{"a": 1\n\n',
    ])
      expect(messageOf(text), text).toMatch(/^the file is truncated: it ends before the JSON is complete \(/);
  });

  it('locates other syntax errors by line and column', () => {
    expect(messageOf('{\n  "figures": [],\n}')).toMatch(/^the file is not valid JSON at line 3, column 1 \(/);
    expect(messageOf('{"a": 1} x')).toMatch(/^the file is not valid JSON at line 1, column 10 \(/);
    expect(messageOf("{'a': 1}")).toMatch(/^the file is not valid JSON at line 1, column 2 \(/);
  });

  it('names the record and field of a schema violation', () => {
    const parsed = parseDataFile('events', '{"events": [{"id": "x", "date": "2025-06-31"}]}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toContainEqual({
      level: 'error',
      file: 'events.json',
      record: 'x',
      field: 'date',
      message: 'not a real calendar date',
    });
    expect(parsed.problems.some((p) => p.field === 'precision' && p.record === 'x')).toBe(true);
  });
});

describe('isCalendarDate', () => {
  it('accepts real years, months and days, and refuses impossible ones', () => {
    expect(['2024', '2024-02', '2024-02-29', '2025-06-17'].every(isCalendarDate)).toBe(true);
    expect(['2025-02-29', '2025-13', '2025-00-10', '2025-06-31', '2025-06-00'].some(isCalendarDate)).toBe(
      false,
    );
  });
});
