import { describe, expect, it } from 'vitest';
import { compareDates, dayNumber, daysBetween, isValidDate, parseDate } from './dates.ts';
import { DomainError } from './errors.ts';

describe('isValidDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => {
      expect(isValidDate(date)).toBe(true);
    },
  );

  it.each([
    '2025-02-29', // 2025 is not a leap year
    '2100-02-29', // centuries are not, unless divisible by 400
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-15', // there is no year 0
    '2025-4-01',
    '2025-04-01T00:00:00Z',
    '',
  ])('refuses %s', (date) => {
    expect(isValidDate(date)).toBe(false);
  });

  it('refuses non-strings and parseDate throws INVALID_DATE', () => {
    expect(isValidDate(20250401)).toBe(false);
    expect(() => parseDate('2025-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => parseDate('2025-02-30')).toThrow(DomainError);
  });
});

describe('day arithmetic without time zones', () => {
  it('counts days from 1970-01-01: 0 on the epoch, 11,017 on 2000-03-01 (10,957 + 31 + 29)', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-01-01')).toBe(10957);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('counts whole days between dates, leap days included', () => {
    expect(daysBetween('2025-02-27', '2025-03-02')).toBe(3);
    expect(daysBetween('2024-02-27', '2024-03-02')).toBe(4);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('compares dates', () => {
    expect(compareDates('2025-03-01', '2025-02-28')).toBe(1);
    expect(compareDates('2025-03-01', '2025-03-01')).toBe(0);
    expect(() => compareDates('2025-03-32', '2025-03-01')).toThrow(DomainError);
  });
});
