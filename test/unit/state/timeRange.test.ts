import { describe, expect, it } from 'vitest';
import {
  ALL_TIME,
  articleInRange,
  eventInRange,
  figureInRange,
  isRangeValue,
  orderedRange,
} from '../../../src/state/timeRange';

const y2016to2017 = { from: '2016', to: '2017' };
const figure = (year: number | null, asOf: string | null = null) => ({ year, asOf });

describe('isRangeValue', () => {
  it('takes a year or a year and month, and nothing else', () => {
    for (const good of ['2016', '1800', '2100', '2016-01', '2016-12'])
      expect(isRangeValue(good), good).toBe(true);
    for (const bad of [
      '16',
      '2101',
      '1799',
      '2016-00',
      '2016-13',
      '2016-1',
      '2016-01-01',
      ' 2016',
      '２０１６',
    ])
      expect(isRangeValue(bad), bad).toBe(false);
  });
});

describe('orderedRange', () => {
  it('puts a reversed range in order and leaves an ordered or open one as it is', () => {
    expect(orderedRange({ from: '2018', to: '2016-05' })).toEqual({ from: '2016-05', to: '2018-01' });
    // "From June 2025 to 2024": December 2024 to June 2025, not the whole of 2024 as well.
    expect(orderedRange({ from: '2025-06', to: '2024' })).toEqual({ from: '2024-12', to: '2025-06' });
    const ordered = { from: '2016-05', to: '2016' };
    expect(orderedRange(ordered)).toBe(ordered);
    expect(orderedRange({ from: '2018', to: null })).toEqual({ from: '2018', to: null });
  });
});

describe('figureInRange', () => {
  it('reads the year, inclusive at both ends', () => {
    expect(figureInRange(figure(2015), y2016to2017)).toBe('out');
    expect(figureInRange(figure(2016), y2016to2017)).toBe('in');
    expect(figureInRange(figure(2017), y2016to2017)).toBe('in');
    expect(figureInRange(figure(2018), y2016to2017)).toBe('out');
  });

  it('reads asOf when there is no year, by its month', () => {
    expect(figureInRange(figure(null, '2017-12-31'), y2016to2017)).toBe('in');
    expect(figureInRange(figure(null, '2018-01-01'), y2016to2017)).toBe('out');
    expect(figureInRange(figure(null, '2016-03-10'), { from: '2016-04', to: null })).toBe('out');
    expect(figureInRange(figure(null, '2016-04-10'), { from: '2016-04', to: null })).toBe('in');
  });

  it('lets a year-long figure overlap a range that starts or ends inside that year', () => {
    expect(figureInRange(figure(2016), { from: '2016-11', to: '2017-02' })).toBe('in');
    expect(figureInRange(figure(2016), { from: null, to: '2016-01' })).toBe('in');
    expect(figureInRange(figure(2016), { from: '2017-01', to: null })).toBe('out');
  });

  it('reads a period before the year: in when any of its months is', () => {
    const period = { start: '2015-07', end: '2016-06' };
    expect(figureInRange({ ...figure(2015), period }, { from: '2016-06', to: null })).toBe('in');
    expect(figureInRange({ ...figure(2015), period }, { from: '2016-07', to: null })).toBe('out');
    expect(figureInRange({ ...figure(2017), period }, { from: null, to: '2015-06' })).toBe('out');
  });

  it('calls a figure with no year, date or period undated, whatever the range', () => {
    expect(figureInRange(figure(null), y2016to2017)).toBe('undated');
    expect(figureInRange(figure(null), ALL_TIME)).toBe('undated');
  });

  it('keeps every dated figure when no range is set', () => {
    expect(figureInRange(figure(1850), ALL_TIME)).toBe('in');
  });
});

describe('eventInRange', () => {
  it('reads an event at its precision', () => {
    const range = { from: '2016-06', to: '2016-08' };
    expect(eventInRange({ date: '2016', precision: 'year' }, range)).toBe('in');
    expect(eventInRange({ date: '2016-05', precision: 'month' }, range)).toBe('out');
    expect(eventInRange({ date: '2016-08', precision: 'month' }, range)).toBe('in');
    expect(eventInRange({ date: '2016-09-01', precision: 'day' }, range)).toBe('out');
    expect(eventInRange({ date: '2016-06-01', precision: 'day' }, range)).toBe('in');
  });

  it('lets a year-precision event overlap any range touching its year', () => {
    expect(eventInRange({ date: '2017', precision: 'year' }, { from: '2017-12', to: '2020' })).toBe('in');
    expect(eventInRange({ date: '2017', precision: 'year' }, { from: '2018', to: '2020' })).toBe('out');
  });
});

describe('articleInRange', () => {
  it('reads the published date, and calls an article with none undated', () => {
    expect(articleInRange({ published: '2017-06-13' }, y2016to2017)).toBe('in');
    expect(articleInRange({ published: '2015-12-31' }, y2016to2017)).toBe('out');
    expect(articleInRange({ published: null }, y2016to2017)).toBe('undated');
  });
});
