import { describe, expect, it } from 'vitest';
import { DomainError, MissingFxRateError } from './errors.ts';
import { convertCents, FxTable } from './fx.ts';

describe('convertCents', () => {
  it('1,000.00 EUR at 1.0834500000 is 1,083.45 USD', () => {
    expect(convertCents(100000, '1.0834500000')).toBe(108345);
  });

  it('rounds half-up to the cent: 3.33 × 1.5 = 4.995 → 5.00; 0.01 × 0.5 = 0.005 → 0.01', () => {
    expect(convertCents(333, '1.5')).toBe(500);
    expect(convertCents(1, '0.5')).toBe(1);
    expect(convertCents(-1, '0.5')).toBe(-1); // halves go away from zero for refunds too
  });

  it('rounds down below the half: 123.45 JPY-like × 0.0091 = 1.123395 → 1.12', () => {
    expect(convertCents(12345, '0.0091')).toBe(112);
  });

  it('takes a JS number rate through its decimal string: 9.99 × 1.1 = 10.989 → 10.99', () => {
    expect(convertCents(999, 1.1)).toBe(1099);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => convertCents(100, '0')).toThrow(DomainError);
    expect(() => convertCents(100, '-1.2')).toThrow(DomainError);
  });
});

describe('FxTable', () => {
  const table = new FxTable(
    [
      { currency: 'EUR', period: '2025-03', rate: '1.0834500000' },
      { currency: 'EUR', period: '2025-04', rate: 1.1 },
      { currency: 'INR', period: '2025-03', rate: '0.0115000000' },
    ],
    'USD',
  );

  it('gives the rate of a currency in its own month', () => {
    expect(table.rate('EUR', '2025-03')).toBe('1.0834500000');
    expect(table.rate('EUR', '2025-04')).toBe('1.1');
    expect(table.has('EUR', '2025-03')).toBe(true);
    expect(table.has('EUR', '2025-05')).toBe(false);
  });

  it('converts at the month of the amount: 1,000.00 EUR is 1,083.45 USD in March, 1,100.00 USD in April', () => {
    expect(table.convert(100000, 'EUR', '2025-03')).toBe(108345);
    expect(table.convert(100000, 'EUR', '2025-04')).toBe(110000);
    // 123,456.78 INR × 0.0115 = 1,419.75297 → 1,419.75 USD
    expect(table.convert(12345678, 'INR', '2025-03')).toBe(141975);
  });

  it('treats the reporting currency as exactly 1, in any month, without a row', () => {
    expect(table.rate('USD', '1999-01')).toBe('1');
    expect(table.convert(12345, 'USD', '2031-07')).toBe(12345);
    expect(table.has('USD', '2031-07')).toBe(true);
  });

  it('throws MissingFxRateError naming the currency and month, never a rate of 1', () => {
    expect(() => table.convert(100, 'EUR', '2025-05')).toThrow(MissingFxRateError);
    expect(() => table.rate('GBP', '2025-03')).toThrow('No FX rate for GBP in 2025-03 (to USD)');
    try {
      table.convert(100, 'EUR', '2025-05');
    } catch (error) {
      expect(error).toMatchObject({ code: 'MISSING_FX_RATE', currency: 'EUR', period: '2025-05' });
      expect(error).toBeInstanceOf(DomainError);
    }
  });

  it('accepts the same rate twice but refuses two different rates for one month', () => {
    const rows = [
      { currency: 'EUR', period: '2025-03', rate: '1.10' },
      { currency: 'EUR', period: '2025-03', rate: 1.1 },
    ];
    expect(new FxTable(rows, 'USD').rate('EUR', '2025-03')).toBe('1.1');
    expect(() => new FxTable([...rows, { currency: 'EUR', period: '2025-03', rate: '1.2' }], 'USD')).toThrow(
      DomainError,
    );
  });

  it('refuses a row with a bad period or rate', () => {
    expect(() => new FxTable([{ currency: 'EUR', period: '2025-3', rate: '1' }], 'USD')).toThrow(DomainError);
    expect(() => new FxTable([{ currency: 'EUR', period: '2025-03', rate: '0' }], 'USD')).toThrow(
      DomainError,
    );
  });
});
