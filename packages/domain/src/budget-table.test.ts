import { describe, expect, it } from 'vitest';
import type { BudgetFacts, BudgetTermsFact } from './alerts/budget-overrun.ts';
import { budgetOverrunAlerts } from './alerts/budget-overrun.ts';
import { budgetTable } from './budget-table.ts';
import { fiscalYearOf } from './periods.ts';

const terms = (
  overrides: Partial<BudgetTermsFact> & Pick<BudgetTermsFact, 'id' | 'code'>,
): BudgetTermsFact => ({
  name: overrides.code,
  vendor: 'Acme',
  currency: 'USD',
  annualBudget: null,
  startDate: '2024-01-01',
  endDate: null,
  ...overrides,
});

// Fiscal year 2025 (January–December), as of March: three months elapsed.
const FY = fiscalYearOf('2025-03', 1);
const FACTS: BudgetFacts = {
  terms: [
    terms({ id: 1, code: 'ENG-1', annualBudget: '120000.00' }),
    // Runs January–June: six months of a 60,000.00 budget.
    terms({ id: 2, code: 'ENG-2', annualBudget: '60000.00', startDate: '2025-01-01', endDate: '2025-06-30' }),
    terms({ id: 3, code: 'ENG-3', vendor: 'Borealis', annualBudget: '0.00' }),
    terms({ id: 4, code: 'ENG-4', vendor: 'Borealis', annualBudget: null }),
  ],
  charges: [
    { engagementId: 1, period: '2025-01', total: '12000.00' },
    { engagementId: 1, period: '2025-02', total: '11000.00' },
    // 14,000.00 invoiced less a credit note of 1,000.00.
    { engagementId: 1, period: '2025-03', total: '13000.00' },
    { engagementId: 2, period: '2025-01', total: '4000.00' },
    { engagementId: 2, period: '2025-02', total: '4000.00' },
    { engagementId: 2, period: '2025-03', total: '4000.00' },
    { engagementId: 3, period: '2025-01', total: '999.00' },
  ],
  fxRates: [],
};

describe('budgetTable, worked example', () => {
  const table = budgetTable(FACTS, FY, '2025-03', 'USD');

  it('per engagement: budget, actual to date, run-rate forecast and variance (over budget is positive)', () => {
    // ENG-1: 120,000.00 budget; 36,000.00 in 3 months → forecast 36,000 + 36,000 × 9 ÷ 3 = 144,000.00; +24,000.00 = +20 %.
    // ENG-2: 30,000.00 budget (6 × 5,000.00); 12,000.00 in 3 of 6 months → 24,000.00; −6,000.00 = −20 %.
    // ENG-3 (budget 0) and ENG-4 (none) are not listed.
    expect(
      table.engagements.map((r) => [
        r.code,
        r.budget,
        r.actual,
        r.forecast,
        r.variance,
        r.variancePct,
        r.over,
      ]),
    ).toEqual([
      ['ENG-1', '120000.00', '36000.00', '144000.00', '24000.00', 20, true],
      ['ENG-2', '30000.00', '12000.00', '24000.00', '-6000.00', -20, false],
    ]);
  });

  it('per vendor: the sums of its budgeted engagements', () => {
    // Acme: budget 150,000.00, actual 48,000.00, forecast 168,000.00, variance +18,000.00 = +12 %.
    expect(table.vendors).toEqual([
      {
        vendor: 'Acme',
        engagements: ['ENG-1', 'ENG-2'],
        budget: '150000.00',
        actual: '48000.00',
        forecast: '168000.00',
        variance: '18000.00',
        variancePct: 12,
        over: true,
      },
    ]);
  });

  it('agrees with the budget-overrun alert: the same engagements over budget, by the same amounts', () => {
    const alerts = budgetOverrunAlerts(FACTS, FY, '2025-03', 'USD');
    const overruns = alerts.map((a) => [a.data.scope, a.data.overrun, a.data.overrunPct]);
    expect(overruns).toEqual([
      ['engagement', '24000.00', 20],
      ['vendor', '18000.00', 12],
    ]);
    const over = table.engagements
      .filter((r) => r.over)
      .map((r) => ['engagement', r.variance, r.variancePct]);
    expect(over).toEqual(overruns.slice(0, 1));
  });
});
