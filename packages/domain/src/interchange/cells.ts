import { z } from 'zod';
import { isValidDate } from '../dates.ts';
import { compareDecimals, type Decimal, parseDecimal } from '../decimal.ts';
import { isPeriod } from '../periods.ts';
import { textProblem, textSchema } from '../schemas.ts';
import { unprotectFormula } from './formula-cells.ts';

/**
 * Parsers of single CSV cells. Each takes the cell's text and gives a typed value or a reason fit for the
 * user (`"2025-13" is not a month (YYYY-MM)`). Typed values and names are trimmed; free text is kept as written.
 * An empty optional cell means "not set" and becomes null.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A cell's text parser. */
export type CellParser<T> = (text: string) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (reason: string): CellResult<never> => ({ ok: false, reason });

/** A cell's value quoted for a message, shortened when long. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Turns a parser into a zod schema of a required cell: blank is refused. */
export function required<T>(parse: CellParser<T>) {
  return textSchema.transform((text, ctx): T => {
    if (isBlank(text)) {
      ctx.addIssue({ code: 'custom', message: 'is required but empty' });
      return z.NEVER;
    }
    const result = parse(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
}

/** Turns a parser into a zod schema of an optional cell: blank is "not set", null. */
export function optional<T>(parse: CellParser<T>) {
  return textSchema.transform((text, ctx): T | null => {
    if (isBlank(text)) return null;
    const result = parse(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
}

/** An optional cell with a value it takes when empty (the database's default). */
export function withDefault<T>(parse: CellParser<T>, fallback: T) {
  return optional(parse).transform((value): T => value ?? fallback);
}

/** Free text (notes), kept as written: several lines allowed, no control or bidirectional characters. */
export const text: CellParser<string> = (value) => {
  const unprotected = unprotectFormula(value);
  const problem = textProblem(unprotected, 'free text');
  return problem === null ? ok(unprotected) : bad(problem);
};

/** A name or code (of a vendor, an engagement, an SLA, an invoice): trimmed, one line (schemas.ts, textProblem). */
export const name: CellParser<string> = (value) => {
  const trimmed = unprotectFormula(value.trim());
  const problem = textProblem(trimmed, 'name');
  return problem === null ? ok(trimmed) : bad(problem);
};

/** A real calendar date written YYYY-MM-DD. */
export const date: CellParser<string> = (value) => {
  const trimmed = value.trim();
  return isValidDate(trimmed) ? ok(trimmed) : bad(`${quote(value)} is not a date (YYYY-MM-DD)`);
};

/** A month written YYYY-MM. */
export const period: CellParser<string> = (value) => {
  const trimmed = value.trim();
  return isPeriod(trimmed) ? ok(trimmed) : bad(`${quote(value)} is not a month (YYYY-MM)`);
};

/** A currency code: three capital letters. */
export const currency: CellParser<string> = (value) => {
  const trimmed = value.trim();
  return /^[A-Z]{3}$/.test(trimmed)
    ? ok(trimmed)
    : bad(`${quote(value)} is not a currency code (3 capital letters, like USD)`);
};

/** `true` or `false`. */
export const boolean: CellParser<boolean> = (value) => {
  const trimmed = value.trim();
  if (trimmed === 'true') return ok(true);
  if (trimmed === 'false') return ok(false);
  return bad(`${quote(value)} is not true or false`);
};

/** One of a closed list of words (the vocabularies of enums.ts). */
export function oneOf<const T extends string>(what: string, values: readonly T[]): CellParser<T> {
  const known = new Set<string>(values);
  return (value) => {
    const trimmed = value.trim();
    return known.has(trimmed)
      ? ok(trimmed as T)
      : bad(`${quote(value)} is not ${what}: expected ${list(values)}`);
  };
}

/** "a, b or c". */
export function list(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** The largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;

/** A whole number from `min` to `max` (`max` INT4_MAX reads "or more"). */
export function integer(min: number, max: number): CellParser<number> {
  return (value) => {
    const trimmed = ungroup(value.trim());
    const number = Number(trimmed);
    if (!/^-?\d+$/.test(trimmed) || number < min || number > max) {
      const range = max === INT4_MAX ? `${min} or more` : `from ${min} to ${max}`;
      return bad(`${quote(value)} is not a whole number ${range}`);
    }
    return ok(number);
  };
}

export interface DecimalRules {
  /** What the value is, for messages: "an amount", "a number". */
  what: string;
  /** Most digits after the point (trailing zeros do not count). */
  maxDecimals?: number;
  /** Most digits before the point (the column's precision minus its scale). */
  maxWholeDigits?: number;
  /** A further rule on the value: the reason it fails ("is negative: …"), or null. */
  check?: (value: Decimal) => string | null;
}

/** Digits grouped by thousands with commas, as people write amounts: "3,000,000", "-1,234.50". */
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A number's text without its grouping commas ("3,000,000" → "3000000"); other text as it is. */
function ungroup(text: string): string {
  return GROUPED.test(text) ? text.replaceAll(',', '') : text;
}

/**
 * A plain decimal ("1234.50", "-0.5", or grouped by thousands "1,234.50"; no exponent), kept as its trimmed text
 * without grouping commas so that the database stores it exactly.
 */
export function decimal(rules: DecimalRules): CellParser<string> {
  return (value) => {
    const trimmed = ungroup(value.trim());
    let parsed: Decimal;
    try {
      parsed = parseDecimal(trimmed);
    } catch {
      return bad(`${quote(value)} is not ${rules.what} (a number like 1234.50)`);
    }
    const [whole = '', fraction = ''] = trimmed.replace('-', '').split('.');
    if (rules.maxDecimals !== undefined && fraction.replace(/0+$/, '').length > rules.maxDecimals) {
      return bad(`${quote(value)} has more than ${rules.maxDecimals} decimals`);
    }
    if (rules.maxWholeDigits !== undefined && whole.replace(/^0+/, '').length > rules.maxWholeDigits) {
      return bad(`${quote(value)} is too large (at most ${rules.maxWholeDigits} digits before the point)`);
    }
    const reason = rules.check?.(parsed) ?? null;
    return reason === null ? ok(trimmed) : bad(`${quote(value)} ${reason}`);
  };
}

const ZERO: Decimal = { units: 0n, scale: 0 };

/**
 * An amount of money: 0 or more, at most 2 decimals, fits numeric(16, 2). Only a charge's amount may be negative
 * (a credit note, `signedAmount`); the message says so, since that is where people meet the difference.
 */
export const amount = decimal({
  what: 'an amount',
  maxDecimals: 2,
  maxWholeDigits: 14,
  check: (value) =>
    value.units < 0n
      ? 'is negative: this amount must be 0 or more (only a charge may be negative, as a credit note)'
      : null,
});

/** A charge's amount: at most 2 decimals, fits numeric(16, 2), and may be negative (a vendor's credit note). */
export const signedAmount = decimal({ what: 'an amount', maxDecimals: 2, maxWholeDigits: 14 });

/** A percentage from `min` to `max` with at most 2 decimals (numeric(5, 2)). */
export function percent(min: number, max: number): CellParser<string> {
  const low = parseDecimal(min);
  const high = parseDecimal(max);
  return decimal({
    what: 'a percentage',
    maxDecimals: 2,
    check: (value) =>
      compareDecimals(value, low) < 0 || compareDecimals(value, high) > 0
        ? `is not a percentage from ${min} to ${max}`
        : null,
  });
}

/** A number that must be above zero (a denominator, an FX rate). */
export function positive(rules: Omit<DecimalRules, 'check'>): CellParser<string> {
  return decimal({
    ...rules,
    check: (value) => (compareDecimals(value, ZERO) <= 0 ? 'is not above 0' : null),
  });
}

/** A number that may not be below zero (a numerator: what was counted). */
export function nonNegative(rules: Omit<DecimalRules, 'check'>): CellParser<string> {
  return decimal({
    ...rules,
    check: (value) => (compareDecimals(value, ZERO) < 0 ? 'is negative: it must be 0 or more' : null),
  });
}

/** A measured level or value: any decimal (what its SLA's unit allows is judged by slaValueIssue). */
export const measure = decimal({ what: 'a number' });
