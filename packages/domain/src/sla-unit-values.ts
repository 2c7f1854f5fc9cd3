import { compareDecimals, type Decimal, type DecimalInput, parseDecimal, pow10 } from './decimal.ts';
import type { SlaUnit } from './enums.ts';

const ZERO: Decimal = { units: 0n, scale: 0 };
const HUNDRED: Decimal = { units: 100n, scale: 0 };

const DURATION_WORDS: Partial<Record<SlaUnit, string>> = {
  seconds: 'a duration in seconds',
  minutes: 'a duration in minutes',
  hours: 'a duration in hours',
  days: 'a duration in days',
};

/**
 * Why a value cannot be a level or an actual of an SLA in `unit`, or null when it can: a percentage lies from 0 to
 * 100, a duration is never below 0, a count is a whole number, 0 or more; a score may be any number. The same rule
 * judges the SLA's levels (slas.csv), the actuals of measurements.csv, the monthly entry grid and the API.
 */
export function slaValueIssue(unit: SlaUnit, value: DecimalInput): string | null {
  let decimal: Decimal;
  try {
    decimal = parseDecimal(value);
  } catch {
    return null; // Not a number at all: the cell's own parser names that.
  }
  const negative = compareDecimals(decimal, ZERO) < 0;
  switch (unit) {
    case '%':
      return negative || compareDecimals(decimal, HUNDRED) > 0 ? 'is not a percentage from 0 to 100' : null;
    case 'count': {
      const whole = decimal.scale === 0 || decimal.units % pow10(decimal.scale) === 0n;
      return negative || !whole ? 'is not a count: counts are whole numbers, 0 or more' : null;
    }
    case 'score':
      return null;
    default:
      return negative ? `is negative: ${DURATION_WORDS[unit] ?? 'a duration'} cannot be below 0` : null;
  }
}
