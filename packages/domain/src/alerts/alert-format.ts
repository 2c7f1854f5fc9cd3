import { type DecimalInput, parseDecimal, type Ratio, ratioToNumber } from '../decimal.ts';
import { DISPLAY_LOCALE, withMinus } from '../display-format.ts';
import type { SlaUnit } from '../enums.ts';

// How alerts write figures into their titles and details: plain English, en-US digits, the SLA's own unit.

/** A number with at most `decimals` places and thousands separators: 42000 → "42,000", 3.456 → "3.46". */
export function formatFigure(value: number, decimals = 2): string {
  return withMinus(
    value.toLocaleString(DISPLAY_LOCALE, { maximumFractionDigits: decimals, minimumFractionDigits: 0 }),
  );
}

/** An exact value as a number for display and scripts, four decimals at most. */
export function ratioFigure(value: Ratio): number {
  return Math.round(ratioToNumber(value) * 10_000) / 10_000;
}

/** A level or actual with its unit: "95 %", "30 seconds"; counts and scores go bare: "500", "4.3". */
export function withUnit(value: number | DecimalInput, unit: SlaUnit, decimals = 2): string {
  const number = typeof value === 'number' ? value : Number(String(value));
  return unit === 'count' || unit === 'score'
    ? formatFigure(number, decimals)
    : `${formatFigure(number, decimals)} ${unit}`;
}

/** A decimal as a number (display only). */
export function decimalFigure(value: DecimalInput): number {
  const { units, scale } = parseDecimal(value);
  return Number(units) / 10 ** scale;
}
