import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../periods.ts';
import {
  type BudgetFacts,
  type BudgetTermsFact,
  budgetOverrunAlerts,
  budgetRunRates,
  projectOverrun,
  vendorRunRates,
} from './budget-overrun.ts';

describe('projectOverrun', () => {
  it('boundary: 110,000.00 in 11 of 12 months runs to exactly the budget of 120,000.00: not an overrun', () => {
    expect(
      projectOverrun({
        budgetCents: 12_000_000,
        actualCents: 11_000_000,
        elapsedMonths: 11,
        totalMonths: 12,
      }),
    ).toEqual({ forecastCents: 12_000_000, overrunCents: 0, overrunPct: 0, overrun: false });
  });

  it('one cent more a year is: 110,000.01 → 110,000.01 + 10,000.00 (10,000.0009 rounded) = 120,000.01', () => {
    expect(
      projectOverrun({
        budgetCents: 12_000_000,
        actualCents: 11_000_001,
        elapsedMonths: 11,
        totalMonths: 12,
      }),
    ).toMatchObject({ forecastCents: 12_000_001, overrunCents: 1, overrun: true });
  });
});

const months = (from: number, to: number, year = 2026) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);

const terms = (
  overrides: Partial<BudgetTermsFact> & Pick<BudgetTermsFact, 'id' | 'code'>,
): BudgetTermsFact => ({
  name: `Engagement ${overrides.code}`,
  vendor: 'Acme',
  currency: 'USD',
  annualBudget: '120000.00',
  startDate: '2024-01-01',
  endDate: null,
  ...overrides,
});

// Fiscal year 2026 runs January to December; today is in November 2026 (11 months elapsed).
// ENG-001 (USD): budget 120,000.00, charged 10,000.00 a month: exactly on budget.
// ENG-002 (EUR, from 1 July): budget 60,000.00 EUR a year = 5,000.00 EUR a month in its 6 fiscal months, at 1.10
//   = 33,000.00 USD; charged 6,000.00 EUR (6,600.00 USD) in each of Jul–Nov = 33,000.00 in 5 months
//   → forecast 33,000.00 + 33,000.00 × 1 ÷ 5 = 39,600.00, 6,600.00 (20 %) over.
// ENG-003 has no budget; ENG-004 starts in 2027 (no elapsed month): neither is checked.
const FACTS: BudgetFacts = {
  terms: [
    terms({ id: 1, code: 'ENG-001' }),
    terms({ id: 2, code: 'ENG-002', currency: 'EUR', annualBudget: '60000.00', startDate: '2026-07-01' }),
    terms({ id: 3, code: 'ENG-003', annualBudget: null }),
    terms({ id: 4, code: 'ENG-004', startDate: '2027-01-01' }),
  ],
  charges: [
    ...months(1, 11).map((period) => ({ engagementId: 1, period, total: '10000.00' })),
    ...months(7, 11).map((period) => ({ engagementId: 2, period, total: '6000.00' })),
    ...months(1, 11).map((period) => ({ engagementId: 3, period, total: '99999.00' })),
    // Last fiscal year's charges do not count.
    { engagementId: 1, period: '2025-12', total: '50000.00' },
  ],
  fxRates: months(6, 11).map((period) => ({ currency: 'EUR', period, rate: '1.10' })),
};
const FY2026 = fiscalYearOf('2026-11', 1);

describe('budgetRunRates', () => {
  it('checks budgeted engagements with an elapsed month, in the reporting currency', () => {
    const rows = budgetRunRates(FACTS, FY2026, '2026-11', 'USD');
    expect(rows.map((r) => [r.code, r.budgetCents, r.actualCents, r.elapsedMonths, r.totalMonths])).toEqual([
      ['ENG-001', 12_000_000, 11_000_000, 11, 12],
      ['ENG-002', 3_300_000, 3_300_000, 5, 6],
    ]);
    expect(rows.map((r) => [r.forecastCents, r.overrunCents, r.overrunPct, r.overrun])).toEqual([
      [12_000_000, 0, 0, false],
      [3_960_000, 660_000, 20, true],
    ]);
  });

  it('sums a vendor’s engagements: 153,000.00 budget, 159,600.00 forecast → 6,600.00 (4.31 %) over', () => {
    const [vendor] = vendorRunRates(budgetRunRates(FACTS, FY2026, '2026-11', 'USD'));
    expect(vendor).toMatchObject({
      vendor: 'Acme',
      engagements: ['ENG-001', 'ENG-002'],
      budgetCents: 15_300_000,
      forecastCents: 15_960_000,
      overrunCents: 660_000,
      overrun: true,
    });
    expect(vendor?.overrunPct).toBeCloseTo(4.3137, 4);
  });

  it('follows the fiscal year start: from April, 80,000.00 in Apr–Nov is on budget and January–March do not count', () => {
    const facts: BudgetFacts = {
      terms: [terms({ id: 1, code: 'ENG-001' })],
      charges: months(1, 11).map((period) => ({ engagementId: 1, period, total: '10000.00' })),
      fxRates: [],
    };
    const [row] = budgetRunRates(facts, fiscalYearOf('2026-11', 4), '2026-11', 'USD');
    expect(row).toMatchObject({
      actualCents: 8_000_000,
      elapsedMonths: 8,
      forecastCents: 12_000_000,
      overrun: false,
    });
  });

  it('refuses to convert without a rate, naming the currency and month, never at 1', () => {
    const facts = { ...FACTS, fxRates: FACTS.fxRates.filter((r) => r.period !== '2026-08') };
    expect(() => budgetRunRates(facts, FY2026, '2026-11', 'USD')).toThrow(/EUR in 2026-08/);
  });
});

describe('budgetOverrunAlerts', () => {
  it('raises the engagement (critical at 20 %) and its vendor (warning at 4.31 %), linking to the fiscal year', () => {
    const alerts = budgetOverrunAlerts(FACTS, FY2026, '2026-11', 'USD');
    expect(alerts.map((a) => [a.key, a.severity, a.magnitude, a.link])).toEqual([
      ['budget:ENG-002', 'critical', 20, '/engagements/ENG-002?range=fy'],
      ['budget:vendor:Acme', 'warning', 4.3137, '/spend?range=fy&vendor=Acme'],
    ]);
    expect(alerts[0]?.data).toEqual({
      scope: 'engagement',
      fiscalYear: 'FY2026',
      currency: 'USD',
      budget: '33000.00',
      actual: '33000.00',
      forecast: '39600.00',
      overrun: '6600.00',
      overrunPct: 20,
      elapsedMonths: 5,
      totalMonths: 6,
    });
    expect(alerts[0]?.title).toBe('ENG-002 · Engagement ENG-002: heading $6,600.00 over its FY2026 budget');
    expect(alerts[0]?.detail).toBe(
      'Charges of $33,000.00 in 5 of its 6 months this fiscal year run to $39,600.00 against a budget of $33,000.00 (+20 %).',
    );
  });
});
