import { describe, expect, it } from 'vitest';
import { fiscalYearsTouching } from './fiscal-years.ts';

describe('fiscalYearsTouching', () => {
  it('fiscal years from April: January–June 2025 touches FY2025 and FY2026', () => {
    expect(fiscalYearsTouching('2025-01', '2025-06', 4)).toEqual([
      { label: 'FY2025', from: '2024-04', to: '2025-03' },
      { label: 'FY2026', from: '2025-04', to: '2026-03' },
    ]);
  });

  it('calendar fiscal years: a range within one year touches that year alone', () => {
    expect(fiscalYearsTouching('2025-02', '2025-11', 1)).toEqual([
      { label: 'FY2025', from: '2025-01', to: '2025-12' },
    ]);
  });

  it('refuses a range over more fiscal years than allowed', () => {
    expect(fiscalYearsTouching('2020-01', '2024-12', 1)).toHaveLength(5);
    expect(() => fiscalYearsTouching('2020-01', '2025-01', 1)).toThrow('at most 5 fiscal years');
  });
});
