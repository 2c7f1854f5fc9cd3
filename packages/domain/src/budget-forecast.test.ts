import { describe, expect, it } from 'vitest';
import { budgetVariance, monthlyBudgets, runRateForecast } from './budget-forecast.ts';

describe('runRateForecast', () => {
  it('1,000,000.00 spent in 10 of 12 months → 100,000.00 a month → forecast 1,200,000.00', () => {
    expect(runRateForecast({ actualCents: 100_000_000, elapsedMonths: 10, totalMonths: 12 })).toEqual({
      runRateCents: 10_000_000,
      forecastCents: 120_000_000,
    });
  });

  it('1,000.00 in 7 months → 1,000.00 + 1,000.00 × 5 ÷ 7 = 1,000.00 + 714.2857… → 1,714.29', () => {
    expect(runRateForecast({ actualCents: 100_000, elapsedMonths: 7, totalMonths: 12 })).toEqual({
      runRateCents: 14_286, // 142.857… → 142.86
      forecastCents: 171_429,
    });
  });

  it('100.01 in 3 months → 100.01 + 300.03 = 400.04 (rounded once, not month by month)', () => {
    expect(runRateForecast({ actualCents: 10_001, elapsedMonths: 3, totalMonths: 12 }).forecastCents).toBe(
      40_004,
    );
  });

  it('a finished year forecasts its actual; a year not begun forecasts its actual with no run rate', () => {
    expect(runRateForecast({ actualCents: 5_000, elapsedMonths: 12, totalMonths: 12 })).toEqual({
      runRateCents: 417, // 41.666… → 41.67
      forecastCents: 5_000,
    });
    expect(runRateForecast({ actualCents: 0, elapsedMonths: 0, totalMonths: 12 })).toEqual({
      runRateCents: null,
      forecastCents: 0,
    });
  });

  it('refuses fractional months', () => {
    expect(() => runRateForecast({ actualCents: 1, elapsedMonths: 1.5, totalMonths: 12 })).toThrow(/whole/);
  });
});

describe('budgetVariance', () => {
  it('forecast 1,200,000.00 against a budget of 1,000,000.00 → 200,000.00 over = 20 %', () => {
    expect(budgetVariance(120_000_000, 100_000_000)).toEqual({ varianceCents: 20_000_000, variancePct: 20 });
  });

  it('under budget is negative; with no budget the percentage is null', () => {
    expect(budgetVariance(75_000, 100_000)).toEqual({ varianceCents: -25_000, variancePct: -25 });
    expect(budgetVariance(75_000, 0)).toEqual({ varianceCents: 75_000, variancePct: null });
  });
});

describe('monthlyBudgets', () => {
  it('100,000.00 a year → 8,333.34 in the first four months and 8,333.33 in the other eight', () => {
    const months = monthlyBudgets(10_000_000);
    expect(months).toEqual([...Array(4).fill(833_334), ...Array(8).fill(833_333)]);
    expect(months.reduce((a, b) => a + b, 0)).toBe(10_000_000);
  });

  it('120,000.00 splits evenly into 10,000.00 a month', () => {
    expect(new Set(monthlyBudgets(12_000_000))).toEqual(new Set([1_000_000]));
  });
});
