import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from './dates.ts';

describe('demo date helpers', () => {
  it('moves dates across months, years and leap days', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-11-14', 85)).toBe('2026-02-07');
  });

  it('is the inverse of the day number', () => {
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(fromDayNumber(20_000)).toBe('2024-10-04');
  });
});
