import { DISPLAY_LOCALE, formatDate, formatDateTime, formatMonth, MINUS, withMinus } from '@portfolio/domain';

/**
 * How a figure is shown: money in the reporting currency, a percentage, a count, days, a score (a vendor's 0–100
 * or one 1–5 rating), a mean of 1–5 ratings, or a plain number.
 */
export type ValueKind = 'money' | 'pct' | 'count' | 'days' | 'score' | 'rating' | 'number';

export interface Formatters {
  currency: string;
  /** A full, exact figure: "$1,234.50", "71.4%", "12", "25 d", "4.2"; negatives with "−". */
  format(kind: ValueKind, value: number | string | null | undefined): string;
  /**
   * A short figure for a chart's axis that never rounds a tick into another: "$2.25M" (not "$2.3M"), "$750K",
   * "80%".
   */
  compact(kind: ValueKind, value: number): string;
  /**
   * A figure that fits a tile: money of 10,000 or more shortened to two decimals of its unit ("$30.46M"), the rest
   * as `format` writes it. Show the exact figure beside it (a tooltip, and for screen readers).
   */
  brief(kind: ValueKind, value: number | string | null | undefined): string;
  /** A tile's figure: `brief` to show, `format` to say in full (tooltip, screen readers). */
  tile(kind: ValueKind, value: number | string | null | undefined): { value: string; exact: string };
  /** Money in another currency (a charge in the engagement's currency). */
  moneyIn(currency: string, value: number | string | null | undefined): string;
}

const DASH = '—';

/** Money from this size on is shortened on tiles: below it the exact figure fits. */
const BRIEF_FROM = 10_000;

const toNumber = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
};

const made = new Map<string, Formatters>();

/**
 * Formatters for a reporting currency, in the dashboard's one locale (a test may give another). Made once per
 * currency and locale, not by every component that writes a figure: a set holds eleven number formats, and making
 * those is most of their cost on a cold page (≈30 ms in a trace of the overview).
 */
export function formattersFor(currency: string, locale = DISPLAY_LOCALE): Formatters {
  const key = `${locale} ${currency}`;
  let formatters = made.get(key);
  if (!formatters) {
    formatters = makeFormatters(currency, locale);
    made.set(key, formatters);
  }
  return formatters;
}

function makeFormatters(currency: string, locale: string): Formatters {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // Axis ticks are round numbers (0, 750K, 1.5M, 2.25M): three decimals of the unit write each one exactly.
  const moneyAxis = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 3,
  });
  const moneyBrief = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  });
  // Percentages keep one decimal, so a column of them lines up: 75.0 % beside 75.3 %.
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const percentAxis = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const axisNumber = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 3 });
  // A score keeps its decimal, so a column of them lines up: 84.0 beside 84.1.
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // A mean rating keeps its second decimal: 3.96 and 4.04 are different news, and "4.00" says it is a mean.
  const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const others = new Map<string, Intl.NumberFormat>();

  const full = (kind: ValueKind, number: number): string => {
    switch (kind) {
      case 'money':
        return money.format(number);
      case 'pct':
        return percent.format(number / 100);
      case 'count':
        return integer.format(number);
      case 'days':
        return `${decimal.format(number)} d`;
      case 'score':
        return oneDecimal.format(number);
      case 'rating':
        return rating.format(number);
      case 'number':
        return twoDecimals.format(number);
    }
  };
  const format: Formatters['format'] = (kind, value) => {
    const number = toNumber(value);
    return number === null ? DASH : withMinus(full(kind, number));
  };
  const compact: Formatters['compact'] = (kind, value) => {
    if (kind === 'money') return withMinus(moneyAxis.format(value));
    if (kind === 'pct') return withMinus(percentAxis.format(value / 100));
    if (kind === 'count' || kind === 'number') return withMinus(axisNumber.format(value));
    if (kind === 'rating' || kind === 'score') return withMinus(decimal.format(value));
    return format(kind, value);
  };
  const brief: Formatters['brief'] = (kind, value) => {
    const number = toNumber(value);
    if (kind !== 'money' || number === null || Math.abs(number) < BRIEF_FROM) return format(kind, value);
    return withMinus(moneyBrief.format(number));
  };
  const moneyIn: Formatters['moneyIn'] = (code, value) => {
    const number = toNumber(value);
    if (number === null) return DASH;
    let formatter = others.get(code);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
      others.set(code, formatter);
    }
    return withMinus(formatter.format(number));
  };
  const tile: Formatters['tile'] = (kind, value) => ({
    value: brief(kind, value),
    exact: format(kind, value),
  });
  return { currency, format, compact, brief, tile, moneyIn };
}

/** A change with its sign: "+$1,200.00", "−2.2", "±0"; the magnitude as `text` writes it. */
export function signed(delta: number, text: (magnitude: number) => string): string {
  const sign = delta > 0 ? '+' : delta < 0 ? MINUS : '±';
  return `${sign}${text(Math.abs(delta))}`;
}

export { plural } from '@portfolio/domain';

/** '2025-03' → 'Mar 2025'. */
export const monthLabel = formatMonth;

/** '2026-12-04' → 'Dec 4, 2026': every date on every page. */
export const dateLabel = formatDate;

/** A moment in the viewer's time zone: 'Dec 4, 2026, 14:49'. */
export const dateTimeLabel = (at: string | Date): string => formatDateTime(at);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-03' → 'Mar 25', for chart axes. */
export function shortMonthLabel(period: string): string {
  const month = MONTHS[Number(period.slice(5, 7)) - 1];
  return month ? `${month} ${period.slice(2, 4)}` : period;
}

/** 'customer_support' → 'Customer support'. */
export function humanize(text: string): string {
  const words = text.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A decimal string from the API as a number for drawing (never summed or rounded again). */
export function toChartNumber(value: string | number | null | undefined): number | null {
  return toNumber(value);
}

const UNIT_SUFFIX: Record<string, string> = {
  '%': ' %',
  seconds: ' s',
  minutes: ' min',
  hours: ' h',
  days: ' d',
  count: '',
  score: '',
};

/** A measured value with its SLA unit, short: "57 s", "99.2 %", "4.1"; a negative with "−". */
export function withUnit(value: string | number | null, unit: string): string {
  if (value === null) return DASH;
  return `${withMinus(String(value))}${UNIT_SUFFIX[unit] ?? ` ${unit}`}`;
}
