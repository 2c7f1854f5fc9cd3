import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoneyText,
  formatMonth,
  plural,
  withMinus,
} from './display-format.ts';

describe('display formats: one for money, one for dates, one minus sign', () => {
  it('writes money with its symbol and cents, negatives with the minus sign', () => {
    expect(formatMoneyText('USD', 2_881_926.06)).toBe('$2,881,926.06');
    expect(formatMoneyText('USD', -266_948.03)).toBe('−$266,948.03');
    expect(formatMoneyText('EUR', 45.1)).toBe('€45.10');
    expect(formatMoneyText('INR', 120_000)).toBe('₹120,000.00');
    expect(withMinus('-2.19 pts')).toBe('−2.19 pts');
  });

  it('writes months, dates and times the same way everywhere', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatDate('2026-12-04')).toBe('Dec 4, 2026');
    expect(formatDate('2025-01-31')).toBe('Jan 31, 2025');
    expect(formatDateTime('2026-12-04T14:49:30.000Z', 'UTC')).toBe('Dec 4, 2026, 14:49 UTC');
    expect(formatDateTime(new Date('2026-12-04T00:05:00.000Z'), 'UTC')).toBe('Dec 4, 2026, 00:05 UTC');
  });

  it('counts nouns', () => {
    expect(plural(1, 'month')).toBe('1 month');
    expect(plural(3, 'month')).toBe('3 months');
  });
});
