import {
  compareRatios,
  type DecimalInput,
  floorDiv,
  parseDecimal,
  pow10,
  type Ratio,
  ratio,
} from './decimal.ts';
import { DomainError } from './errors.ts';

/** An amount of money in integer cents (minor units), always a safe integer; never a float. */
export type Cents = number;

const MONEY = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function invalidMoney(text: string, reason: string): DomainError {
  return new DomainError('INVALID_MONEY', `Invalid amount "${text}": ${reason}`);
}

/** Throws unless the value is a whole, safe number of cents. */
export function assertCents(value: number, label = 'Amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('INVALID_MONEY', `${label} must be a whole number of cents, got ${value}`);
  }
}

/** A bigint count of cents as `Cents`, refused when it is beyond a safe integer. */
export function toCents(value: bigint): Cents {
  if (value > MAX || value < -MAX) {
    throw new DomainError('INVALID_MONEY', `Amount of ${value} cents is out of range`);
  }
  return Number(value);
}

/**
 * Reads a decimal amount exactly ("1234.5", "-12.30", "0.07") with at most 2 decimals (further zeros are
 * allowed: "12.500"); no exponent, sign other than "-", spaces or thousands separators.
 */
export function parseMoney(value: string | number): Cents {
  const text = String(value);
  const fast = parseShortMoney(text);
  if (fast !== null) return fast;
  const match = MONEY.exec(text);
  if (!match) throw invalidMoney(text, 'expected a decimal amount like 1234.50');
  const [, sign = '', whole = '', fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(2))) throw invalidMoney(text, 'more than 2 decimals');
  const cents = BigInt(whole + fraction.slice(0, 2).padEnd(2, '0'));
  if (cents > MAX) throw invalidMoney(text, 'out of range');
  return Number(sign === '-' ? -cents : cents);
}

const SHORT_MONEY = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * The common case of `parseMoney` without bigint: up to 13 whole digits and 2 decimals stay far below 2^53 cents,
 * so number arithmetic is exact. Null for anything else, which takes the general path.
 */
function parseShortMoney(text: string): Cents | null {
  const match = SHORT_MONEY.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const cents = Number(whole) * 100 + (fraction.length === 1 ? Number(fraction) * 10 : Number(fraction));
  return sign === '-' && cents !== 0 ? -cents : cents;
}

/** Writes cents as a decimal string with two places: 123450 → "1234.50", -5 → "-0.05". */
export function formatMoney(cents: Cents): string {
  assertCents(cents);
  // Exact without BigInt (a report formats tens of thousands of amounts): a safe integer's remainder, the multiple of
  // 100 below it and that multiple ÷ 100 are all exact in floating point.
  const magnitude = Math.abs(cents);
  const fraction = magnitude % 100;
  const whole = (magnitude - fraction) / 100;
  return `${cents < 0 ? '-' : ''}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Rounds `numerator` / `denominator` (denominator > 0) to the nearest integer, halves away from zero. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new DomainError('INVALID_ARGUMENT', 'The denominator must be positive');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** An exact amount of cents rounded half-up to the cent. */
export function ratioToCents(value: Ratio): Cents {
  return toCents(roundHalfUp(value.num, value.den));
}

/** `cents` × `percent` % as an exact ratio of cents ("10" is 10 %). */
export function percentOf(cents: Cents, percent: DecimalInput): Ratio {
  assertCents(cents);
  const { units, scale } = parseDecimal(percent);
  return ratio(BigInt(cents) * units, 100n * pow10(scale));
}

/** The exact sum of amounts (0 for none). */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0n;
  for (const value of values) {
    assertCents(value);
    total += BigInt(value);
  }
  return toCents(total);
}

/** `cents` × a whole `factor` (e.g. a monthly amount × months), exactly. */
export function multiplyCents(cents: Cents, factor: number): Cents {
  assertCents(cents);
  if (!Number.isSafeInteger(factor)) {
    throw new DomainError('INVALID_ARGUMENT', `The factor must be a whole number, got ${factor}`);
  }
  return toCents(BigInt(cents) * BigInt(factor));
}

/**
 * Splits `totalCents` among exact shares by the largest-remainder method: each share first gets its exact value
 * rounded down to the cent, then the cents left go one each to the largest remainders (equal remainders are ordered
 * by `breakTie` over the share indexes, then by index). The parts always add up to the total.
 */
export function splitByLargestRemainder(
  totalCents: Cents,
  shares: readonly Ratio[],
  breakTie: (a: number, b: number) => number = () => 0,
): Cents[] {
  assertCents(totalCents);
  const pieces = shares.map((share, index) => {
    const floor = floorDiv(share.num, share.den);
    return { index, floor, remainder: { num: share.num - floor * share.den, den: share.den } };
  });
  const left = BigInt(totalCents) - pieces.reduce((sum, piece) => sum + piece.floor, 0n);
  if (left < 0n || left > BigInt(pieces.length)) {
    throw new DomainError('INVALID_ARGUMENT', `Cannot split ${totalCents} cents among these shares`);
  }
  const order = [...pieces].sort(
    (a, b) => compareRatios(b.remainder, a.remainder) || breakTie(a.index, b.index) || a.index - b.index,
  );
  const topUp = new Set(order.slice(0, Number(left)).map((piece) => piece.index));
  return pieces.map((piece) => toCents(piece.floor + (topUp.has(piece.index) ? 1n : 0n)));
}
