import type { IsoDate } from './dates.ts';
import type { Period } from './periods.ts';

// How people read figures and dates, on every page and in every message the server writes (alerts, conflicts):
// one format for money, one for dates, one minus sign. Files for machines (CSV exports) keep plain numbers and
// ISO dates instead.

/** The locale of every figure: the dashboard and its messages are written in English. */
export const DISPLAY_LOCALE = 'en-US';

/** The minus sign of figures shown to people (U+2212): "−$266,948.03", "−2.2 pts". */
export const MINUS = '\u2212';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A formatted figure with the true minus sign in place of the hyphen Intl writes. */
export function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount with its currency's symbol and two decimals: "$2,881,926.06", "−€45.10", "₹120,000.00". */
export function formatMoneyText(currency: string, amount: number): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(DISPLAY_LOCALE, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return withMinus(format.format(amount));
}

/** '2026-03' → 'Mar 2026'. */
export function formatMonth(period: Period): string {
  const month = MONTHS[Number(period.slice(5, 7)) - 1];
  return month ? `${month} ${period.slice(0, 4)}` : period;
}

/** '2026-12-04' → 'Dec 4, 2026'. */
export function formatDate(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return month ? `${month} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}` : date;
}

/**
 * A moment as a date and a 24-hour time: 'Dec 4, 2026, 14:49'. In the viewer's time zone by default; a message
 * written on the server names its zone: `formatDateTime(at, 'UTC')` → 'Dec 4, 2026, 14:49 UTC'.
 */
export function formatDateTime(at: Date | string, timeZone?: 'UTC'): string {
  const moment = typeof at === 'string' ? new Date(at) : at;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(DISPLAY_LOCALE, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  const date = formatDate(`${parts.year}-${parts.month}-${parts.day}`);
  return `${date}, ${parts.hour}:${parts.minute}${timeZone ? ` ${timeZone}` : ''}`;
}

/** "1 month", "3 months". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
