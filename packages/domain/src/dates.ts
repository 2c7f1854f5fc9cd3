import { DomainError } from './errors.ts';

/** A calendar date as plain text, 'YYYY-MM-DD'; never a JS Date, so no time zone can shift it. */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year has a 29 February (every 4th year, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether the value is a real calendar date written 'YYYY-MM-DD' ('2025-02-29' is not). Years run from 0001: the
 * calendar has no year 0, and a database date refuses it.
 */
export function isValidDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year = '', month = '', day = ''] = match;
  const m = Number(month);
  const d = Number(day);
  return Number(year) >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(year), m);
}

/** Returns the date when it is a real calendar date 'YYYY-MM-DD', and throws otherwise. */
export function parseDate(text: string): IsoDate {
  if (!isValidDate(text)) {
    throw new DomainError('INVALID_DATE', `Invalid date "${text}": expected a calendar date YYYY-MM-DD`);
  }
  return text;
}

/** The number of days from 1970-01-01 to the date (negative before it), by the proleptic Gregorian calendar. */
export function dayNumber(date: IsoDate): number {
  parseDate(date);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Howard Hinnant's days_from_civil: count years from 1 March so that the leap day ends the year.
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Compares two dates: negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  parseDate(a);
  parseDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
