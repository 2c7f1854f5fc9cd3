import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  dateTimeLabel,
  formattersFor,
  humanize,
  monthLabel,
  shortMonthLabel,
  signed,
  toChartNumber,
  withUnit,
} from './format.ts';

describe('formattersFor', () => {
  const usd = formattersFor('USD');
  it('shows money with its currency, percentages, counts and days', () => {
    expect(usd.format('money', '1234.5')).toBe('$1,234.50');
    expect(usd.format('pct', 71.428571)).toBe('71.4%');
    expect(usd.format('pct', 100)).toBe('100.0%');
    expect(usd.format('count', 12)).toBe('12');
    expect(usd.format('days', 24.5)).toBe('24.5 d');
    expect(usd.format('money', null)).toBe('—');
  });

  it('writes every negative with the minus sign, never a hyphen', () => {
    expect(usd.format('money', '-266948.03')).toBe('−$266,948.03');
    expect(usd.format('pct', -2.19)).toBe('−2.2%');
    expect(usd.compact('money', -500_000)).toBe('−$500K');
    expect(usd.brief('money', -30_458_461.12)).toBe('−$30.46M');
    expect(usd.moneyIn('EUR', '-45.1')).toBe('−€45.10');
  });

  it('shows a vendor score with one decimal and a mean rating with two: 29 ratings over 7 is 4.14', () => {
    expect(usd.format('score', 71.25)).toBe('71.3');
    expect(usd.format('score', 84)).toBe('84.0');
    expect(usd.format('rating', 29 / 7)).toBe('4.14');
    expect(usd.format('rating', 3.996)).toBe('4.00');
    expect(usd.format('rating', null)).toBe('—');
    expect(usd.compact('rating', 2.5)).toBe('2.5');
    expect(usd.compact('score', 50)).toBe('50');
  });

  it('writes axis ticks short without rounding one into another: 2.25M is not "$2.3M"', () => {
    expect(usd.compact('money', 2_250_000)).toBe('$2.25M');
    expect(usd.compact('money', 1_125_000)).toBe('$1.125M');
    expect(usd.compact('money', 750_000)).toBe('$750K');
    expect(usd.compact('money', 0)).toBe('$0');
    expect(usd.compact('pct', 80)).toBe('80%');
    expect(usd.compact('pct', 97.5)).toBe('97.5%');
    expect(usd.compact('count', 2)).toBe('2');
    expect(usd.compact('count', 12_500)).toBe('12.5K');
    expect(formattersFor('INR').compact('money', 2_500_000)).toBe('₹2.5M');
  });

  it('shortens large money on tiles to two decimals of its unit, and leaves smaller figures whole', () => {
    expect(usd.brief('money', '30458461.12')).toBe('$30.46M');
    expect(usd.brief('money', 2_881_926.06)).toBe('$2.88M');
    expect(usd.brief('money', 266_948.03)).toBe('$266.95K');
    expect(usd.brief('money', 9_999.99)).toBe('$9,999.99');
    expect(usd.brief('pct', 71.43)).toBe('71.4%');
    expect(usd.brief('money', null)).toBe('—');
  });

  it('formats other currencies and locales', () => {
    expect(usd.moneyIn('EUR', '45333.33')).toBe('€45,333.33');
    expect(usd.moneyIn('INR', '120000')).toBe('₹120,000.00');
    expect(formattersFor('EUR', 'de-DE').format('money', '1234.5')).toMatch(/^1\.234,50\s€$/);
  });
});

describe('signed', () => {
  it('puts +, − or ± before a magnitude', () => {
    expect(signed(1200, (n) => `$${n}`)).toBe('+$1200');
    expect(signed(-2.2, (n) => `${n} pts`)).toBe('−2.2 pts');
    expect(signed(0, String)).toBe('±0');
  });
});

describe('labels', () => {
  it('names months, dates, times and vocabulary one way', () => {
    expect(monthLabel('2025-03')).toBe('Mar 2025');
    expect(shortMonthLabel('2025-12')).toBe('Dec 25');
    expect(dateLabel('2026-12-04')).toBe('Dec 4, 2026');
    expect(dateTimeLabel('2026-12-04T14:49:00')).toBe('Dec 4, 2026, 14:49');
    expect(humanize('time_and_materials')).toBe('Time and materials');
    expect(toChartNumber('1234.50')).toBe(1234.5);
    expect(toChartNumber(null)).toBeNull();
  });
});

describe('withUnit', () => {
  it('writes SLA values with short units', () => {
    expect(withUnit('57', 'seconds')).toBe('57 s');
    expect(withUnit('99.2', '%')).toBe('99.2 %');
    expect(withUnit('4.1', 'score')).toBe('4.1');
    expect(withUnit('-3', 'seconds')).toBe('−3 s');
    expect(withUnit(null, 'hours')).toBe('—');
  });
});
