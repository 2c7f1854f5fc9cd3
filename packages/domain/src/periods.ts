import { compareDates, daysInMonth, type IsoDate, parseDate } from './dates.ts';
import { DomainError } from './errors.ts';

/** A calendar month, 'YYYY-MM'. Ranges of the dashboard are whole months. */
export type Period = string;

/** A fiscal year: its label (the calendar year in which it ends, 'FY2025') and its first and last month. */
export type FiscalYear = { label: string; from: Period; to: Period };

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LAST_INDEX = 9999 * 12 + 11;

/** Whether the value is a month written 'YYYY-MM'. */
export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD.test(value);
}

/** Returns the period when it is a month 'YYYY-MM', and throws otherwise. */
export function parsePeriod(text: string): Period {
  if (!isPeriod(text)) {
    throw new DomainError(
      'INVALID_PERIOD',
      `Invalid period "${text}": expected a month YYYY-MM, like 2025-03`,
    );
  }
  return text;
}

function toIndex(period: Period): number {
  parsePeriod(period);
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

function fromIndex(index: number): Period {
  if (index < 0 || index > LAST_INDEX) {
    throw new DomainError('INVALID_PERIOD', 'Period out of range: years run from 0000 to 9999');
  }
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month `months` later (earlier when negative): addMonths('2025-11', 3) is '2026-02'. */
export function addMonths(period: Period, months: number): Period {
  if (!Number.isInteger(months)) {
    throw new DomainError('INVALID_ARGUMENT', `Months must be a whole number, got ${months}`);
  }
  return fromIndex(toIndex(period) + months);
}

/** Compares two periods: negative, zero or positive as `a` is before, equal to or after `b`. */
export function comparePeriods(a: Period, b: Period): number {
  return Math.sign(toIndex(a) - toIndex(b));
}

/** Compares two periods (the same rule as `comparePeriods`). */
export const compare = comparePeriods;

/** The months from `from` to `to`, both included; none when `from` is after `to`. */
export function monthsInRange(from: Period, to: Period): Period[] {
  const first = toIndex(from);
  const last = toIndex(to);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => fromIndex(first + offset));
}

/** How many months from `a` to `b`, both counted; 0 when `a` is after `b`. */
export function monthsBetweenInclusive(a: Period, b: Period): number {
  return Math.max(0, toIndex(b) - toIndex(a) + 1);
}

/** The month a date falls in: '2025-03-17' is in '2025-03'. */
export function periodOfDate(date: IsoDate): Period {
  return parseDate(date).slice(0, 7);
}

/** The first day of the month: '2025-03' starts on '2025-03-01'. */
export function firstDayOfPeriod(period: Period): IsoDate {
  return `${parsePeriod(period)}-01`;
}

/** The last day of the month: '2024-02' ends on '2024-02-29'. */
export function lastDayOfPeriod(period: Period): IsoDate {
  const days = daysInMonth(Number(period.slice(0, 4)), Number(parsePeriod(period).slice(5, 7)));
  return `${period}-${String(days).padStart(2, '0')}`;
}

/** The as-of date of a range ending in `to`: the last day of `to`, or `today` when that is earlier. */
export function asOfDate(to: Period, today: IsoDate): IsoDate {
  const last = lastDayOfPeriod(to);
  return compareDates(today, last) < 0 ? today : last;
}

/** Whether an engagement ran in a month: some day of it lies between the start and end dates (both included). */
export function engagementRanIn(startDate: IsoDate, endDate: IsoDate | null, period: Period): boolean {
  return engagementRanDuring(startDate, endDate, period, period);
}

/**
 * Whether an engagement ran in some month from `from` to `to` (both included): some day of them lies between its
 * start and end dates. The months are contiguous, so that is one comparison with the first and the last day.
 */
export function engagementRanDuring(
  startDate: IsoDate,
  endDate: IsoDate | null,
  from: Period,
  to: Period,
): boolean {
  const startsInTime = compareDates(startDate, lastDayOfPeriod(to)) <= 0;
  return startsInTime && (endDate === null || compareDates(endDate, firstDayOfPeriod(from)) >= 0);
}

/** The fiscal year holding a month, for fiscal years starting in month `startMonth` (1–12). */
export function fiscalYearOf(period: Period, startMonth: number): FiscalYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new DomainError(
      'INVALID_ARGUMENT',
      `The fiscal year start must be a month 1–12, got ${startMonth}`,
    );
  }
  const year = Number(parsePeriod(period).slice(0, 4));
  const startYear = Number(period.slice(5, 7)) >= startMonth ? year : year - 1;
  const from = fromIndex(startYear * 12 + startMonth - 1);
  const to = addMonths(from, 11);
  return { label: `FY${to.slice(0, 4)}`, from, to };
}
