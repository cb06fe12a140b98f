import { formatIsoDate, formatPartialDate } from '../../../src/lib/formatDate';

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
