import { DomainError } from './errors.ts';
import { addMonths, comparePeriods, type FiscalYear, fiscalYearOf, type Period } from './periods.ts';

/**
 * The fiscal years a range of months touches, whole, in order (at most `max`; a longer range is refused):
 * with fiscal years from April, 2025-01..2025-06 touches FY2025 (2024-04..2025-03) and FY2026.
 */
export function fiscalYearsTouching(from: Period, to: Period, startMonth: number, max = 5): FiscalYear[] {
  const last = fiscalYearOf(to, startMonth);
  const years = [fiscalYearOf(from, startMonth)];
  for (let year = years[0]; year && comparePeriods(year.to, last.to) < 0; ) {
    if (years.length >= max) {
      throw new DomainError('INVALID_ARGUMENT', `A range may touch at most ${max} fiscal years`);
    }
    year = fiscalYearOf(addMonths(year.to, 1), startMonth);
    years.push(year);
  }
  return years;
}
