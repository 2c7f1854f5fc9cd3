import { DomainError } from './errors.ts';

/** A decimal number held exactly: `units` × 10^-`scale`, with `scale` ≥ 0. */
export type Decimal = { units: bigint; scale: number };

/** An exact rational number `num` / `den`, always reduced, with `den` > 0. */
export type Ratio = { num: bigint; den: bigint };

/** A decimal as the database or a CSV cell gives it: a string like "12.50" or a JS number. */
export type DecimalInput = string | number;

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const SCIENTIFIC = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/;

const POWERS = Array.from({ length: 40 }, (_, n) => 10n ** BigInt(n));

/** 10 to the power `n` (n ≥ 0) as a bigint. */
export function pow10(n: number): bigint {
  return POWERS[n] ?? 10n ** BigInt(n);
}

/** Reads a decimal exactly ("12.50", "-0.5", "1.0834500000"); a number is read from its shortest decimal string. */
export function parseDecimal(value: DecimalInput): Decimal {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new DomainError('INVALID_DECIMAL', `Invalid number ${value}: expected a finite decimal`);
  }
  const text = String(value);
  // Exponents only come from JS numbers (String(1e-7) is "1e-7"); typed text must be a plain decimal.
  const match = PLAIN.exec(text) ?? (typeof value === 'number' ? SCIENTIFIC.exec(text) : null);
  if (!match) {
    throw new DomainError('INVALID_DECIMAL', `Invalid number "${text}": expected a decimal like 12.50`);
  }
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  let units = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/** Writes a decimal back as plain text with its own scale ("1.0834500000", "-0.05", "12"). */
export function decimalToString(decimal: Decimal): string {
  const negative = decimal.units < 0n;
  const digits = (negative ? -decimal.units : decimal.units).toString().padStart(decimal.scale + 1, '0');
  const point = digits.length - decimal.scale;
  const text = decimal.scale === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${text}` : text;
}

/** The nearest JS number to a decimal, for display and charts only. */
export function decimalToNumber(decimal: Decimal): number {
  return Number(decimalToString(decimal));
}

/** The decimal as an exact ratio. */
export function decimalToRatio(decimal: Decimal): Ratio {
  return ratio(decimal.units, pow10(decimal.scale));
}

/** Compares two decimals exactly: negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  return compareRatios(decimalToRatio(a), decimalToRatio(b));
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The reduced ratio `num` / `den` with a positive denominator; a zero denominator is refused. */
export function ratio(num: bigint, den: bigint): Ratio {
  if (den === 0n) throw new DomainError('INVALID_ARGUMENT', 'Division by zero');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** a + b, exactly. */
export function addRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** The exact sum of the ratios (0 for none). */
export function sumRatios(values: Iterable<Ratio>): Ratio {
  let total: Ratio = { num: 0n, den: 1n };
  for (const value of values) total = addRatios(total, value);
  return total;
}

/** a × b, exactly. */
export function multiplyRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

/** a ÷ b, exactly; b must not be zero. */
export function divideRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den, a.den * b.num);
}

/** Compares two ratios exactly: negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareRatios(a: Ratio, b: Ratio): number {
  const difference = a.num * b.den - b.num * a.den;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** The largest integer not above `num` / `den` (den > 0). */
export function floorDiv(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new DomainError('INVALID_ARGUMENT', 'The denominator must be positive');
  const quotient = num / den;
  return num % den !== 0n && num < 0n ? quotient - 1n : quotient;
}

/** The nearest JS number to a ratio, for display only. */
export function ratioToNumber(value: Ratio): number {
  return Number(value.num) / Number(value.den);
}
