import { describe, expect, it } from 'vitest';
import { ratio } from './decimal.ts';
import { DomainError } from './errors.ts';
import {
  formatMoney,
  multiplyCents,
  parseMoney,
  percentOf,
  ratioToCents,
  roundHalfUp,
  splitByLargestRemainder,
  sumCents,
} from './money.ts';

/** mulberry32: a small seeded generator, so the property runs are the same on every machine. */
function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1));
  };
}

describe('parseMoney', () => {
  it.each([
    ['1234.5', 123450],
    ['-12.30', -1230],
    ['0.07', 7],
    ['12', 1200],
    ['0', 0],
    ['-0.00', 0],
    ['12.500', 1250], // zeros past the cent are still exact
    ['90071992547409.91', 9007199254740991], // the largest safe number of cents
  ])('reads "%s" as %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it('reads a JS number through its shortest decimal string: 12.3 → 1230', () => {
    expect(parseMoney(12.3)).toBe(1230);
  });

  it.each(['12.345', '1,234.50', '1e3', '', '.5', '5.', '+5', ' 12', 'abc', '90071992547409.92'])(
    'refuses "%s"',
    (text) => {
      expect(() => parseMoney(text)).toThrow(DomainError);
    },
  );

  it('refuses a float sum that is not a whole number of cents: 0.1 + 0.2', () => {
    expect(() => parseMoney(0.1 + 0.2)).toThrow(/more than 2 decimals/);
  });

  it('names the amount and the code in its error', () => {
    expect(() => parseMoney('12.345')).toThrow(expect.objectContaining({ code: 'INVALID_MONEY' }));
    expect(() => parseMoney('1,234')).toThrow('Invalid amount "1,234"');
  });
});

describe('formatMoney', () => {
  it.each([
    [123450, '1234.50'],
    [-5, '-0.05'],
    [0, '0.00'],
    [-0, '0.00'],
    [7, '0.07'],
    [-123456, '-1234.56'],
    [9007199254740991, '90071992547409.91'],
    [-9007199254740991, '-90071992547409.91'],
    // Just below a whole amount, where a floating-point cents ÷ 100 would round up to it.
    [9007199254740899, '90071992547408.99'],
    [110, '1.10'],
  ])('writes %i cents as "%s"', (cents, text) => {
    expect(formatMoney(cents)).toBe(text);
  });

  it('refuses a fraction of a cent', () => {
    expect(() => formatMoney(1.5)).toThrow(DomainError);
  });

  it('round-trips with parseMoney for any safe amount (seeded property)', () => {
    const next = seeded(1);
    for (let run = 0; run < 500; run++) {
      const cents = (next(1) ? -1 : 1) * next(2 ** 30) * next(2 ** 20);
      expect(parseMoney(formatMoney(cents))).toBe(cents);
    }
  });
});

describe('roundHalfUp', () => {
  it.each([
    [5n, 2n, 3n], // 2.5 → 3
    [-5n, 2n, -3n], // -2.5 → -3: halves go away from zero
    [7n, 3n, 2n], // 2.33 → 2
    [8n, 3n, 3n], // 2.67 → 3
    [-7n, 3n, -2n],
    [-8n, 3n, -3n],
    [1n, 3n, 0n],
    [6n, 3n, 2n],
    [0n, 7n, 0n],
  ])('%i / %i → %i', (numerator, denominator, rounded) => {
    expect(roundHalfUp(numerator, denominator)).toBe(rounded);
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(DomainError);
    expect(() => roundHalfUp(1n, -2n)).toThrow(DomainError);
  });
});

describe('exact helpers', () => {
  it('percentOf: 12.5 % of 1,000.01 is 12,500.125 cents exactly', () => {
    expect(percentOf(100001, '12.5')).toEqual({ num: 100001n, den: 8n });
  });

  it('ratioToCents: 12,500.125 cents → 12,500; 1234.5 cents → 1235', () => {
    expect(ratioToCents(ratio(100001n, 8n))).toBe(12500);
    expect(ratioToCents(ratio(2469n, 2n))).toBe(1235);
  });

  it('sumCents adds exactly: 0.10 + 0.20 = 0.30', () => {
    expect(sumCents([10, 20])).toBe(30);
    expect(sumCents([])).toBe(0);
  });

  it('multiplyCents: 2,500.00 × 6 months = 15,000.00', () => {
    expect(multiplyCents(250000, 6)).toBe(1500000);
    expect(() => multiplyCents(250000, 1.5)).toThrow(DomainError);
  });
});

describe('splitByLargestRemainder', () => {
  it('splits 10.03 into thirds as 3.35, 3.34, 3.34', () => {
    const third = ratio(1003n, 3n); // 334.333… cents each
    expect(splitByLargestRemainder(1003, [third, third, third])).toEqual([335, 334, 334]);
  });

  it('gives the leftover cent to the larger remainder: 0.6 and 0.4 of 1 cent → 1, 0', () => {
    expect(splitByLargestRemainder(1, [ratio(2n, 5n), ratio(3n, 5n)])).toEqual([0, 1]);
  });

  it('orders equal remainders by the tie-break: 1.5 and 1.5 cents of 3, second first → 1, 2', () => {
    const half = ratio(3n, 2n);
    expect(splitByLargestRemainder(3, [half, half], (a, b) => b - a)).toEqual([1, 2]);
  });

  it('refuses a total the shares cannot reach', () => {
    expect(() => splitByLargestRemainder(5, [ratio(1n, 1n)])).toThrow(DomainError);
  });

  it('parts add up to the rounded total and stay within a cent of their share (seeded property)', () => {
    const next = seeded(7);
    for (let run = 0; run < 300; run++) {
      const den = BigInt(1 + next(999));
      const shares = Array.from({ length: 1 + next(6) }, () => ratio(BigInt(next(10_000_000)), den));
      const exactTotal = shares.reduce((sum, share) => sum + share.num * (den / share.den), 0n);
      const total = Number(roundHalfUp(exactTotal, den));
      const parts = splitByLargestRemainder(total, shares);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
      parts.forEach((part, index) => {
        const share = shares[index] ?? ratio(0n, 1n);
        const distance = BigInt(part) * share.den - share.num; // part − share, in units of 1/den
        expect(distance > -share.den && distance < share.den).toBe(true);
      });
    }
  });
});
