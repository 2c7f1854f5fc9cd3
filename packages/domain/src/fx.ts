import {
  compareDecimals,
  type Decimal,
  type DecimalInput,
  decimalToString,
  parseDecimal,
  pow10,
} from './decimal.ts';
import { DomainError, MissingFxRateError } from './errors.ts';
import { assertCents, type Cents, ratioToCents } from './money.ts';
import { type Period, parsePeriod } from './periods.ts';

/** One month's rate: how many units of the reporting currency one unit of `currency` is worth. */
export type FxRateRow = { currency: string; period: Period; rate: DecimalInput };

function parseRate(rate: DecimalInput): Decimal {
  const decimal = parseDecimal(rate);
  if (decimal.units <= 0n)
    throw new DomainError('INVALID_DECIMAL', `An FX rate must be positive, got ${rate}`);
  return decimal;
}

function convertExact(cents: Cents, rate: Decimal): Cents {
  assertCents(cents);
  return ratioToCents({ num: BigInt(cents) * rate.units, den: pow10(rate.scale) });
}

/** Converts cents at a rate: cents × rate, rounded half-up to the cent, exactly. */
export function convertCents(cents: Cents, rate: DecimalInput): Cents {
  return convertExact(cents, parseRate(rate));
}

const ONE: Decimal = { units: 1n, scale: 0 };

/**
 * The FX rates of some months into one reporting currency. Each amount converts at the rate of its own month;
 * the reporting currency is worth exactly 1 and any other missing rate is an error, never a silent 1.
 */
export class FxTable {
  readonly reportingCurrency: string;
  readonly #rates = new Map<string, Decimal>();

  constructor(rows: Iterable<FxRateRow>, reportingCurrency: string) {
    this.reportingCurrency = reportingCurrency;
    for (const row of rows) {
      const key = `${row.currency}|${parsePeriod(row.period)}`;
      const rate = parseRate(row.rate);
      const known = this.#rates.get(key);
      if (known && compareDecimals(known, rate) !== 0) {
        throw new DomainError(
          'INVALID_ARGUMENT',
          `Two different FX rates for ${row.currency} in ${row.period}`,
        );
      }
      this.#rates.set(key, rate);
    }
  }

  #find(currency: string, period: Period): Decimal {
    if (currency === this.reportingCurrency) return ONE;
    const rate = this.#rates.get(`${currency}|${parsePeriod(period)}`);
    if (!rate) throw new MissingFxRateError(currency, period, this.reportingCurrency);
    return rate;
  }

  /** Whether an amount in `currency` can be converted in `period`. */
  has(currency: string, period: Period): boolean {
    return currency === this.reportingCurrency || this.#rates.has(`${currency}|${period}`);
  }

  /** The rate of `currency` in `period` as a decimal string ("1" for the reporting currency); throws when missing. */
  rate(currency: string, period: Period): string {
    return decimalToString(this.#find(currency, period));
  }

  /** Converts cents of `currency` at the rate of `period`, rounded half-up to the cent. */
  convert(cents: Cents, currency: string, period: Period): Cents {
    return convertExact(cents, this.#find(currency, period));
  }
}
