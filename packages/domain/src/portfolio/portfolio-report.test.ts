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

describe('credit notes (negative charge lines), worked examples', () => {
  const scope = reportScope('2025-03', '2025-03', '2025-06-15');
  const withCharges = (total: string, creditBase: string, creditBaseNotes: string): PortfolioFacts => ({
    ...FACTS,
    charges: [{ engagementId: 1, period: '2025-03', total, creditBase, creditBaseNotes }],
  });

  it('base 10,000.00 + a credit note of −2,000.00 → base 8,000.00 → at risk 800.00 → 400.00 per SLA', () => {
    // 10 % of €8,000.00 = €800.00; ABN and ASA at 50 % owe €400.00 each; at 1.5: $600.00 each.
    const facts = withCharges('8000.00', '8000.00', '-2000.00');
    const ledger = buildCreditLedger(facts, scope, 'USD');
    expect(
      ledger.map((c) => [c.sla, c.creditBase, c.creditNotes, c.atRisk, c.amount, c.reportingAmount]),
    ).toEqual([
      ['ABN', '8000.00', '-2000.00', '800.00', '400.00', '600.00'],
      ['ASA', '8000.00', '-2000.00', '800.00', '400.00', '600.00'],
    ]);
    // Charges €8,000.00 × 1.5 = $12,000.00; net cost $12,000.00 − $1,200.00 = $10,800.00; baseline $300.00.
    expect(buildPortfolioReport(facts, scope, 'USD').totals).toMatchObject({
      charges: '12000.00',
      creditsOwed: '1200.00',
      netCost: '10800.00',
      savings: '-10500.00',
    });
  });

  it('base 1,000.00 + a credit note of −1,200.00 → base −200.00, counted as 0 → no credit', () => {
    // Nothing is at risk, so no credit arises; the charges still count the credit note: €−200.00 × 1.5 = $−300.00,
    // and the net cost is the charges, so the savings are $300.00 − ($−300.00) = $600.00.
    const facts = withCharges('-200.00', '-200.00', '-1200.00');
    expect(buildCreditLedger(facts, scope, 'USD')).toEqual([]);
    expect(buildPortfolioReport(facts, scope, 'USD').totals).toMatchObject({
      charges: '-300.00',
      creditsOwed: '0.00',
      netCost: '-300.00',
      baseline: '300.00',
      savings: '600.00',
    });
  });

  it('a credit note in another category (one-off) counts in the charges, not in the credit base', () => {
    // Base €1,000.00 and a one-off credit note of €−400.00: charges €600.00 ($900.00); the base stays €1,000.00,
    // at risk €100.00, €50.00 per SLA ($75.00 each, $150.00 owed); net cost $900.00 − $150.00 = $750.00.
    const facts = withCharges('600.00', '1000.00', '0');
    expect(buildCreditLedger(facts, scope, 'USD').map((c) => [c.creditNotes, c.amount])).toEqual([
      ['0.00', '50.00'],
      ['0.00', '50.00'],
    ]);
    expect(buildPortfolioReport(facts, scope, 'USD').totals).toMatchObject({
      charges: '900.00',
      creditsOwed: '150.00',
      netCost: '750.00',
    });
  });
});
