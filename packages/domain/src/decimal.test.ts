import { describe, expect, it } from 'vitest';
import {
  addRatios,
  compareDecimals,
  compareRatios,
  decimalToNumber,
  decimalToString,
  divideRatios,
  floorDiv,
  multiplyRatios,
  parseDecimal,
  ratio,
  sumRatios,
} from './decimal.ts';
import { DomainError } from './errors.ts';

describe('parseDecimal', () => {
  it.each([
    ['12.50', 1250n, 2],
    ['1.0834500000', 10834500000n, 10],
    ['-0.5', -5n, 1],
    ['7', 7n, 0],
  ])('reads "%s" as %i × 10^-%i', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it('reads JS numbers through their shortest decimal string: 1.1 → 11 × 10^-1, 1e-7 → 1 × 10^-7', () => {
    expect(parseDecimal(1.1)).toEqual({ units: 11n, scale: 1 });
    expect(parseDecimal(1e-7)).toEqual({ units: 1n, scale: 7 });
    expect(parseDecimal(1.5e21)).toEqual({ units: 1500000000000000000000n, scale: 0 });
  });

  it.each(['1e3', '1,5', '', '.5', '+1', 'NaN'])('refuses the text "%s"', (text) => {
    expect(() => parseDecimal(text)).toThrow(DomainError);
  });

  it('refuses non-finite numbers', () => {
    expect(() => parseDecimal(Number.NaN)).toThrow(DomainError);
    expect(() => parseDecimal(Number.POSITIVE_INFINITY)).toThrow(DomainError);
  });
});

describe('decimal output and comparison', () => {
  it('writes decimals back with their scale', () => {
    expect(decimalToString({ units: 10834500000n, scale: 10 })).toBe('1.0834500000');
    expect(decimalToString({ units: -5n, scale: 2 })).toBe('-0.05');
    expect(decimalToString({ units: 12n, scale: 0 })).toBe('12');
    expect(decimalToNumber({ units: 1250n, scale: 2 })).toBe(12.5);
  });

  it('compares across scales: "12.50" = 12.5, "99.95" < "99.951"', () => {
    expect(compareDecimals(parseDecimal('12.50'), parseDecimal(12.5))).toBe(0);
    expect(compareDecimals(parseDecimal('99.95'), parseDecimal('99.951'))).toBeLessThan(0);
    expect(compareDecimals(parseDecimal('-1'), parseDecimal('-1.5'))).toBeGreaterThan(0);
  });
});

describe('ratios', () => {
  it('are reduced with a positive denominator: 6 / -4 → -3/2', () => {
    expect(ratio(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(ratio(0n, 5n)).toEqual({ num: 0n, den: 1n });
  });

  it('add, multiply and divide exactly: 1/3 + 1/6 = 1/2, 2/3 × 3/4 = 1/2, 1/2 ÷ 1/4 = 2', () => {
    expect(addRatios(ratio(1n, 3n), ratio(1n, 6n))).toEqual({ num: 1n, den: 2n });
    expect(multiplyRatios(ratio(2n, 3n), ratio(3n, 4n))).toEqual({ num: 1n, den: 2n });
    expect(divideRatios(ratio(1n, 2n), ratio(1n, 4n))).toEqual({ num: 2n, den: 1n });
    expect(sumRatios([ratio(1n, 10n), ratio(2n, 10n)])).toEqual({ num: 3n, den: 10n });
    expect(compareRatios(ratio(1n, 3n), ratio(333n, 1000n))).toBe(1);
  });

  it('refuse division by zero', () => {
    expect(() => ratio(1n, 0n)).toThrow(DomainError);
    expect(() => divideRatios(ratio(1n, 2n), ratio(0n, 1n))).toThrow(DomainError);
  });

  it('floorDiv rounds toward minus infinity: 7/2 → 3, -7/2 → -4, -6/2 → -3', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(floorDiv(-6n, 2n)).toBe(-3n);
  });
});
