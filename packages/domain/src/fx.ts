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

/** A rate ready for converting many amounts: its digits as a number too, when they fit one exactly. */
type ConversionRate = { decimal: Decimal; units: number; divisor: number; fits: boolean };

function conversionRate(rate: Decimal): ConversionRate {
  // Trailing zeros change nothing ("1.0834500000" is 108345 / 10^5), and fewer digits keep the products small.
  let { units, scale } = rate;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  const decimal = { units, scale };
  const fits = scale <= 15 && units <= BigInt(Number.MAX_SAFE_INTEGER);
  return { decimal, units: Number(units), divisor: 10 ** scale, fits };
}

/**
 * cents × rate rounded half-up (away from zero) to the cent. Number arithmetic while the product is a safe integer
 * (then it is exact, and so are the remainder and quotient), bigint otherwise: the same result either way.
 */
function convertAt(cents: Cents, rate: ConversionRate): Cents {
  assertCents(cents);
  if (rate.fits) {
    const magnitude = Math.abs(cents);
    const product = magnitude * rate.units;
    if (Number.isSafeInteger(product)) {
      const remainder = product % rate.divisor;
      const quotient = (product - remainder) / rate.divisor;
      const rounded = 2 * remainder >= rate.divisor ? quotient + 1 : quotient;
      return cents < 0 && rounded !== 0 ? -rounded : rounded;
    }
  }
  return convertExact(cents, rate.decimal);
}

/** Converts cents at a rate: cents × rate, rounded half-up to the cent, exactly. */
export function convertCents(cents: Cents, rate: DecimalInput): Cents {
  return convertExact(cents, parseRate(rate));
}

const ONE: Decimal = { units: 1n, scale: 0 };
const ONE_RATE = conversionRate(ONE);

/**
 * The FX rates of some months into one reporting currency. Each amount converts at the rate of its own month;
 * the reporting currency is worth exactly 1 and any other missing rate is an error, never a silent 1.
 */
export class FxTable {
  readonly reportingCurrency: string;
  /** Rates by currency, then by month: no key strings to build for each of many conversions. */
  readonly #rates = new Map<string, Map<Period, Decimal>>();
  readonly #conversions = new Map<string, Map<Period, ConversionRate>>();

  constructor(rows: Iterable<FxRateRow>, reportingCurrency: string) {
    this.reportingCurrency = reportingCurrency;
    for (const row of rows) {
      const period = parsePeriod(row.period);
      const rate = parseRate(row.rate);
      let months = this.#rates.get(row.currency);
      if (!months) {
        months = new Map();
        this.#rates.set(row.currency, months);
        this.#conversions.set(row.currency, new Map());
      }
      const known = months.get(period);
      if (known && compareDecimals(known, rate) !== 0) {
        throw new DomainError(
          'INVALID_ARGUMENT',
          `Two different FX rates for ${row.currency} in ${row.period}`,
        );
      }
      months.set(period, rate);
      this.#conversions.get(row.currency)?.set(period, conversionRate(rate));
    }
  }

  #find(currency: string, period: Period): Decimal {
    if (currency === this.reportingCurrency) return ONE;
    const rate = this.#rates.get(currency)?.get(period);
    if (!rate) throw this.#missing(currency, period);
    return rate;
  }

  /** A rate not on record: a bad period says so, a good one names the currency and month. */
  #missing(currency: string, period: Period): Error {
    return new MissingFxRateError(currency, parsePeriod(period), this.reportingCurrency);
  }

  /** Whether an amount in `currency` can be converted in `period`. */
  has(currency: string, period: Period): boolean {
    return currency === this.reportingCurrency || this.#rates.get(currency)?.has(period) === true;
  }

  /** The rate of `currency` in `period` as a decimal string ("1" for the reporting currency); throws when missing. */
  rate(currency: string, period: Period): string {
    return decimalToString(this.#find(currency, period));
  }

  /** Converts cents of `currency` at the rate of `period`, rounded half-up to the cent. */
  convert(cents: Cents, currency: string, period: Period): Cents {
    if (currency === this.reportingCurrency) return convertAt(cents, ONE_RATE);
    const rate = this.#conversions.get(currency)?.get(period);
    if (!rate) throw this.#missing(currency, period);
    return convertAt(cents, rate);
  }
}
