import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import {
  budgetBars,
  budgetPath,
  categoryBars,
  currencyBars,
  currentYear,
  spendBreakdown,
} from './spend-data.ts';

type FiscalYear = RouterOutputs['spend']['budget']['years'][number];
type SeriesPoint = RouterOutputs['report']['series'][number];

const fy = (label: string, elapsedMonths: number): FiscalYear => ({
  label,
  from: '2025-01',
  to: '2025-12',
  elapsedMonths,
  budget: '1421369.00',
  actual: '717231.23',
  runRate: '119538.54',
  forecast: '1434462.46',
  variance: '13093.46',
  variancePct: 0.92,
  months: [
    {
      period: '2025-06',
      budget: '1.00',
      actual: '2.00',
      cumulativeBudget: '700000.00',
      cumulativeActual: '717231.23',
      cumulativeForecast: '717231.23',
    },
    {
      period: '2025-07',
      budget: '1.00',
      actual: null,
      cumulativeBudget: '820000.00',
      cumulativeActual: null,
      cumulativeForecast: '836769.77',
    },
  ],
});

describe('spend shaping', () => {
  it('sorts breakdowns by spend and names categories', () => {
    const point = (key: string, charges: string) => ({ key, charges, netCost: charges }) as SeriesPoint;
    expect(
      spendBreakdown([point('Acme', '10.00'), point('Insight', '20.50')]).map((r) => [r.key, r.charges]),
    ).toEqual([
      ['Insight', 20.5],
      ['Acme', 10],
    ]);
    expect(
      categoryBars([
        { category: 'one_off', charges: '1000.00' },
        { category: 'base', charges: '702951.75' },
      ]).map((r) => r.label),
    ).toEqual(['Base fees', 'One-off']);
    expect(
      currencyBars([{ currency: 'EUR', amount: '45333.33', charges: '49926.23', engagements: 1 }])[0],
    ).toEqual({
      key: 'EUR',
      label: 'EUR',
      charges: 49926.23,
    });
  });

  it('draws budget, actual and forecast per fiscal year, and the year under way month by month', () => {
    expect(budgetBars([fy('FY2025', 6)])[0]).toEqual({
      key: 'FY2025',
      label: 'FY2025',
      budget: 1421369,
      actual: 717231.23,
      forecast: 1434462.46,
    });
    expect(currentYear([fy('FY2024', 12), fy('FY2025', 6), fy('FY2026', 0)])?.label).toBe('FY2025');
    expect(currentYear([fy('FY2024', 12)])?.label).toBe('FY2024');
    expect(budgetPath(fy('FY2025', 6)).map((r) => [r.label, r.actual, r.forecast])).toEqual([
      ['Jun 25', 717231.23, 717231.23],
      ['Jul 25', null, 836769.77],
    ]);
  });

  it('starts the forecast at the last month with an actual, and draws none before any month has one', () => {
    const year = fy('FY2025', 6);
    const earlier = {
      ...year.months[0],
      period: '2025-05',
      cumulativeActual: '600000.00',
      cumulativeForecast: '600000.00',
    };
    const withMay = { ...year, months: [earlier, ...year.months] } as FiscalYear;
    expect(budgetPath(withMay).map((r) => [r.key, r.forecast, r.budget])).toEqual([
      ['2025-05', null, 700000],
      ['2025-06', 717231.23, 700000],
      ['2025-07', 836769.77, 820000],
    ]);
    const unstarted = {
      ...year,
      months: year.months.map((m) => ({ ...m, actual: null, cumulativeActual: null })),
    } as FiscalYear;
    expect(budgetPath(unstarted).map((r) => r.forecast)).toEqual([null, null]);
  });
});
