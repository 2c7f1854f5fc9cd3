/**
 * How a figure is shown: money in the reporting currency, a percentage, a count, days, a score (a vendor's 0–100
 * or one 1–5 rating), a mean of 1–5 ratings, or a plain number.
 */
export type ValueKind = 'money' | 'pct' | 'count' | 'days' | 'score' | 'rating' | 'number';

export interface Formatters {
  currency: string;
  /** A full figure: "$1,234.50", "71.4 %", "12", "25 days", "4.2". */
  format(kind: ValueKind, value: number | string | null | undefined): string;
  /** A short figure for chart axes: "$1.2M", "71 %". */
  compact(kind: ValueKind, value: number): string;
  /** Money in another currency (a charge in the engagement's currency). */
  moneyIn(currency: string, value: number | string | null | undefined): string;
}

const DASH = '—';

const toNumber = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
};

/** Formatters for a reporting currency and locale (the browser's, when none is given). */
export function createFormatters(currency: string, locale?: string): Formatters {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const moneyCompact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  // Percentages keep one decimal, so a column of them lines up: 75.0 % beside 75.3 %.
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const percentCompact = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // A score keeps its decimal, so a column of them lines up: 84.0 beside 84.1.
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // A mean rating keeps its second decimal: 3.96 and 4.04 are different news, and "4.00" says it is a mean.
  const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const others = new Map<string, Intl.NumberFormat>();

  const format: Formatters['format'] = (kind, value) => {
    const number = toNumber(value);
    if (number === null) return DASH;
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
  const compact: Formatters['compact'] = (kind, value) => {
    if (kind === 'money') return moneyCompact.format(value);
    if (kind === 'pct') return percentCompact.format(value / 100);
    if (kind === 'rating' || kind === 'score') return decimal.format(value);
    return format(kind, value);
  };
  const moneyIn: Formatters['moneyIn'] = (code, value) => {
    const number = toNumber(value);
    if (number === null) return DASH;
    let formatter = others.get(code);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
      others.set(code, formatter);
    }
    return formatter.format(number);
  };
  return { currency, format, compact, moneyIn };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-03' → 'Mar 2025'. */
export function monthLabel(period: string): string {
  const month = MONTHS[Number(period.slice(5, 7)) - 1];
  return month ? `${month} ${period.slice(0, 4)}` : period;
}

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

/** A measured value with its SLA unit, short: "57 s", "99.2 %", "4.1". */
export function withUnit(value: string | number | null, unit: string): string {
  if (value === null) return '—';
  return `${value}${UNIT_SUFFIX[unit] ?? ` ${unit}`}`;
}
