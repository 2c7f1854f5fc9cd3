import { describe, expect, it } from 'vitest';
import {
  createFormatters,
  humanize,
  monthLabel,
  shortMonthLabel,
  toChartNumber,
  withUnit,
} from './format.ts';

describe('createFormatters', () => {
  const usd = createFormatters('USD', 'en-US');
  it('shows money with its currency, percentages, counts and days', () => {
    expect(usd.format('money', '1234.5')).toBe('$1,234.50');
    expect(usd.format('pct', 71.428571)).toBe('71.4%');
    expect(usd.format('pct', 100)).toBe('100.0%');
    expect(usd.format('count', 12)).toBe('12');
    expect(usd.format('days', 24.5)).toBe('24.5 d');
    expect(usd.format('money', null)).toBe('—');
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

  it('shortens axis ticks and formats other currencies', () => {
    expect(usd.compact('money', 1_250_000)).toBe('$1.3M');
    expect(usd.compact('pct', 80)).toBe('80%');
    expect(usd.moneyIn('EUR', '45333.33')).toBe('€45,333.33');
    expect(createFormatters('EUR', 'de-DE').format('money', '1234.5')).toMatch(/^1\.234,50\s€$/);
  });
});

describe('labels', () => {
  it('names months and vocabulary', () => {
    expect(monthLabel('2025-03')).toBe('Mar 2025');
    expect(shortMonthLabel('2025-12')).toBe('Dec 25');
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
    expect(withUnit(null, 'hours')).toBe('—');
  });
});
