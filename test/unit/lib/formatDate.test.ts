import { formatIsoDate, formatIsoDateShort, formatPartialDate } from '../../../src/lib/formatDate';

describe('formatPartialDate', () => {
  it('says only as much as the precision allows', () => {
    expect(formatPartialDate('2025-06-17', 'day')).toBe('17 June 2025');
    expect(formatPartialDate('2025-06', 'month')).toBe('June 2025');
    expect(formatPartialDate('1991', 'year')).toBe('1991');
  });
  it('formats ISO dates without time-zone drift', () => {
    expect(formatIsoDate('2025-01-01')).toBe('1 January 2025');
    expect(formatIsoDate('2025-12-31')).toBe('31 December 2025');
  });
});

describe('formatIsoDateShort', () => {
  it('cuts the month to three letters', () => {
    expect(formatIsoDateShort('2025-06-17')).toBe('17 Jun 2025');
    expect(formatIsoDateShort('2024-09-01')).toBe('1 Sep 2024');
  });

  it('falls back to the long form when the date is not a full day', () => {
    expect(formatIsoDateShort('2025-13-01')).toBe(formatIsoDate('2025-13-01'));
    expect(formatIsoDateShort('2025')).toBe('2025');
  });
});

describe('impossible dates', () => {
  it('never rolls a month or day over into the next one', () => {
    expect(formatIsoDate('2025-02-30')).toBe('2025');
    expect(formatPartialDate('2025-13', 'month')).toBe('2025');
    expect(formatIsoDateShort('2025-04-31')).toBe('2025');
  });

  it('names the months in English, January first', async () => {
    const { MONTH_NAMES } = await import('../../../src/lib/formatDate');
    expect(MONTH_NAMES).toHaveLength(12);
    expect([MONTH_NAMES[0], MONTH_NAMES[11]]).toEqual(['January', 'December']);
  });
});
