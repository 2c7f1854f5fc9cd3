import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  addMonths,
  asOfDate,
  comparePeriods,
  engagementRanDuring,
  engagementRanIn,
  firstDayOfPeriod,
  fiscalYearOf,
  isPeriod,
  lastDayOfPeriod,
  monthsBetweenInclusive,
  monthsInRange,
  parsePeriod,
  periodOfDate,
} from './periods.ts';

describe('periods', () => {
  it('accepts months YYYY-MM only', () => {
    expect(isPeriod('2025-03')).toBe(true);
    expect(isPeriod('2025-3')).toBe(false);
    expect(isPeriod('2025-13')).toBe(false);
    expect(isPeriod('2025-00')).toBe(false);
    expect(isPeriod('2025-03-01')).toBe(false);
    expect(() => parsePeriod('March')).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
  });

  it('adds months across years: 2025-11 + 3 = 2026-02, 2025-01 − 1 = 2024-12, 2025-01 + 24 = 2027-01', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-01', 24)).toBe('2027-01');
    expect(addMonths('2025-06', 0)).toBe('2025-06');
    expect(() => addMonths('9999-12', 1)).toThrow(DomainError);
  });

  it('lists the months of a range, both ends included; none when reversed', () => {
    expect(monthsInRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsInRange('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthsInRange('2025-04', '2025-03')).toEqual([]);
  });

  it('counts months inclusively: 2025-02..2025-04 is 3, 2024-12..2025-01 is 2, reversed is 0', () => {
    expect(monthsBetweenInclusive('2025-02', '2025-04')).toBe(3);
    expect(monthsBetweenInclusive('2024-12', '2025-01')).toBe(2);
    expect(monthsBetweenInclusive('2025-02', '2025-02')).toBe(1);
    expect(monthsBetweenInclusive('2025-04', '2025-02')).toBe(0);
  });

  it('compares periods', () => {
    expect(comparePeriods('2024-12', '2025-01')).toBe(-1);
    expect(comparePeriods('2025-01', '2025-01')).toBe(0);
    expect(comparePeriods('2025-10', '2025-09')).toBe(1);
  });

  it('knows the days of a month: Feb 2024 ends on the 29th, Feb 2025 and 2100 on the 28th', () => {
    expect(periodOfDate('2025-03-17')).toBe('2025-03');
    expect(firstDayOfPeriod('2025-03')).toBe('2025-03-01');
    expect(lastDayOfPeriod('2024-02')).toBe('2024-02-29');
    expect(lastDayOfPeriod('2025-02')).toBe('2025-02-28');
    expect(lastDayOfPeriod('2100-02')).toBe('2100-02-28');
    expect(lastDayOfPeriod('2000-02')).toBe('2000-02-29');
    expect(lastDayOfPeriod('2025-04')).toBe('2025-04-30');
    expect(lastDayOfPeriod('2025-12')).toBe('2025-12-31');
    expect(() => periodOfDate('2025-02-30')).toThrow(DomainError);
  });
});

describe('asOfDate', () => {
  it('is today when today is before the end of `to`: to 2025-06, today 2025-04-17 → 2025-04-17', () => {
    expect(asOfDate('2025-06', '2025-04-17')).toBe('2025-04-17');
  });

  it('is the last day of `to` otherwise: to 2025-06, today 2025-08-01 → 2025-06-30', () => {
    expect(asOfDate('2025-06', '2025-08-01')).toBe('2025-06-30');
    expect(asOfDate('2025-06', '2025-06-30')).toBe('2025-06-30');
  });
});

describe('engagementRanIn (a part month counts whole)', () => {
  it('counts a month the engagement starts on its last day: start 2025-03-31 → ran in 2025-03', () => {
    expect(engagementRanIn('2025-03-31', null, '2025-03')).toBe(true);
    expect(engagementRanIn('2025-04-01', null, '2025-03')).toBe(false);
  });

  it('counts a month the engagement ends on its first day: end 2025-03-01 → ran in 2025-03', () => {
    expect(engagementRanIn('2024-01-15', '2025-03-01', '2025-03')).toBe(true);
    expect(engagementRanIn('2024-01-15', '2025-02-28', '2025-03')).toBe(false);
  });

  it('runs on without an end date', () => {
    expect(engagementRanIn('2020-01-01', null, '2030-12')).toBe(true);
  });
});

describe('engagementRanDuring (some month of a range, a part month counting whole)', () => {
  it('counts an engagement that starts on the last day of the range, or ends on its first', () => {
    expect(engagementRanDuring('2025-06-30', null, '2025-01', '2025-06')).toBe(true);
    expect(engagementRanDuring('2025-07-01', null, '2025-01', '2025-06')).toBe(false);
    expect(engagementRanDuring('2020-01-01', '2025-01-01', '2025-01', '2025-06')).toBe(true);
    expect(engagementRanDuring('2020-01-01', '2024-12-31', '2025-01', '2025-06')).toBe(false);
  });

  it('counts one that ran only inside the range, and one that spans it', () => {
    expect(engagementRanDuring('2025-03-10', '2025-03-20', '2025-01', '2025-06')).toBe(true);
    expect(engagementRanDuring('2024-01-01', '2026-01-01', '2025-01', '2025-06')).toBe(true);
  });

  it('is engagementRanIn of some month of the range, for every start and end around a range', () => {
    const days = ['2024-12-31', '2025-01-01', '2025-02-15', '2025-03-31', '2025-04-01'];
    for (const start of days) {
      for (const end of [null, ...days.filter((day) => day >= start)]) {
        const byMonth = ['2025-01', '2025-02', '2025-03'].some((month) => engagementRanIn(start, end, month));
        expect(engagementRanDuring(start, end, '2025-01', '2025-03')).toBe(byMonth);
      }
    }
  });
});

describe('fiscalYearOf', () => {
  it('with start month 1, FY2025 is 2025-01..2025-12', () => {
    expect(fiscalYearOf('2025-03', 1)).toEqual({ label: 'FY2025', from: '2025-01', to: '2025-12' });
    expect(fiscalYearOf('2025-12', 1)).toEqual({ label: 'FY2025', from: '2025-01', to: '2025-12' });
  });

  it('with start month 4, 2025-03 is in FY2025 = 2024-04..2025-03 and 2025-04 opens FY2026', () => {
    expect(fiscalYearOf('2025-03', 4)).toEqual({ label: 'FY2025', from: '2024-04', to: '2025-03' });
    expect(fiscalYearOf('2025-04', 4)).toEqual({ label: 'FY2026', from: '2025-04', to: '2026-03' });
  });

  it('with start month 12, 2024-12 opens FY2025 = 2024-12..2025-11', () => {
    expect(fiscalYearOf('2024-12', 12)).toEqual({ label: 'FY2025', from: '2024-12', to: '2025-11' });
    expect(fiscalYearOf('2025-11', 12)).toEqual({ label: 'FY2025', from: '2024-12', to: '2025-11' });
  });

  it('refuses a start month outside 1–12', () => {
    expect(() => fiscalYearOf('2025-03', 0)).toThrow(DomainError);
    expect(() => fiscalYearOf('2025-03', 13)).toThrow(DomainError);
    expect(() => fiscalYearOf('2025-03', 1.5)).toThrow(DomainError);
  });
});
