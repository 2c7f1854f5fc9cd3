import { describe, expect, it } from 'vitest';
import { buildCreditLedger } from './credit-ledger.ts';
import type { EngagementTermsFact, FailedCriticalFact, PortfolioFacts } from './facts.ts';
import { buildPortfolioReport } from './portfolio-report.ts';
import { reportScope } from './report-scope.ts';

const TERMS: EngagementTermsFact = {
  id: 1,
  code: 'ENG-001',
  name: 'Customer care (EUR)',
  type: 'BPO',
  vendor: 'Vistula Business Services',
  serviceLine: 'customer_support',
  location: 'nearshore',
  businessUnit: null,
  currency: 'EUR',
  startDate: '2025-01-01',
  endDate: null,
  annualBudget: null,
  atRiskPct: '10.00',
  earnBackMonths: 0,
  baselineMonthlyCost: '200.00',
  plannedMonthlySavings: null,
  slaCount: 2,
};

const breached = (slaId: number, slaCode: string): FailedCriticalFact => ({
  engagementId: 1,
  slaId,
  slaCode,
  slaName: slaCode,
  allocationPct: '50.00',
  period: '2025-03',
  status: 'breached',
  actual: '1',
  later: [],
});

const FACTS: PortfolioFacts = {
  terms: [TERMS],
  charges: [{ engagementId: 1, period: '2025-03', total: '100.20', creditBase: '100.20' }],
  slaCounts: [{ engagementId: 1, period: '2025-03', met: 0, missed: 0, breached: 2 }],
  failedCritical: [breached(11, 'ABN'), breached(12, 'ASA')],
  deliveries: [],
  cycleDays: [],
  overdue: [],
  fxRates: [{ currency: 'EUR', period: '2025-03', rate: '1.5' }],
};

describe('buildPortfolioReport, worked examples', () => {
  it('converts each credit on its own, so the report adds up the credit ledger to the cent', () => {
    // At risk: 10 % of €100.20 = €10.02; two breached SLAs at 50 % each owe €5.01 apiece (no earn-back).
    // Each converts at 1.5: €5.01 × 1.5 = $7.515 → $7.52, so $15.04 owed. Converting the month's €10.02 at once
    // would give $15.03, a cent the ledger could not explain.
    const scope = reportScope('2025-03', '2025-03', '2025-06-15');
    const ledger = buildCreditLedger(FACTS, scope, 'USD');
    expect(ledger.map((credit) => [credit.sla, credit.amount, credit.reportingAmount])).toEqual([
      ['ABN', '5.01', '7.52'],
      ['ASA', '5.01', '7.52'],
    ]);
    const report = buildPortfolioReport(FACTS, scope, 'USD');
    // Charges €100.20 × 1.5 = $150.30; net cost $150.30 − $15.04 = $135.26; baseline €200 × 1.5 = $300.00.
    expect(report.totals).toMatchObject({
      charges: '150.30',
      creditsOwed: '15.04',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      netCost: '135.26',
      baseline: '300.00',
      savings: '164.74',
    });
    expect(report.engagements[0]?.creditsOwed).toBe('15.04');
  });

  it('gives a BPO engagement with a baseline 0.00, not null, for a range after today', () => {
    // As of 2025-06-15 no month of July–September is counted yet: sums over nothing are 0.00, rates null.
    const scope = reportScope('2025-07', '2025-09', '2025-06-15');
    const kpo: EngagementTermsFact = {
      ...TERMS,
      id: 2,
      code: 'ENG-002',
      type: 'KPO',
      baselineMonthlyCost: null,
    };
    const report = buildPortfolioReport({ ...FACTS, terms: [TERMS, kpo] }, scope, 'USD');
    expect(report.engagements.map((e) => [e.code, e.baseline, e.savings, e.savingsPct])).toEqual([
      ['ENG-001', '0.00', '0.00', null],
      ['ENG-002', null, null, null],
    ]);
    expect(report.totals).toMatchObject({ baseline: '0.00', savings: '0.00', savingsPct: null });
  });
});
