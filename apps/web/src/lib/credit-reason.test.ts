import { describe, expect, it } from 'vitest';
import { type CreditEntry, creditCause, creditNote, creditStatusReason } from './credit-reason.ts';
import { formattersFor } from './format.ts';

const format = formattersFor('USD', 'en-US');
// February of the worked example: ABN breached, capped with ASA.
const feb: CreditEntry = {
  engagement: 'ENG-001',
  sla: 'ABN',
  slaName: 'Abandonment rate',
  period: '2025-02',
  slaStatus: 'breached',
  actual: '9',
  currency: 'USD',
  creditBase: '106202.50',
  creditNotes: '0.00',
  atRiskPct: 10,
  atRisk: '10620.25',
  allocationPct: 60,
  capped: true,
  exactShare: '5310.1250',
  amount: '5310.13',
  reportingAmount: '5310.13',
  status: 'owed',
  reason: 'no_earn_back',
  earnBackMonths: 0,
  deciding: [],
  note: null,
};

describe('credit reasons', () => {
  it('gives the vendor’s note of the SLA-month, when there is one', () => {
    expect(creditNote(feb)).toBeNull();
    expect(creditNote({ ...feb, note: '  ' })).toBeNull();
    expect(creditNote({ ...feb, note: 'storm week ' })).toBe('Vendor’s note: “storm week”');
  });

  it('explains the amount from the terms', () => {
    expect(creditCause(feb, format)).toBe(
      'Breached (actual 9): 60 % of the at-risk $10,620.25 (10 % of $106,202.50 base and volume charges), scaled down because the allocations passed 100 %',
    );
  });

  it('says when a credit note reduced the base: 10,000.00 − 2,000.00 = 8,000.00 × 10 % = 800.00 at risk', () => {
    const noted = {
      ...feb,
      creditBase: '8000.00',
      creditNotes: '-2000.00',
      atRisk: '800.00',
      allocationPct: 50,
      capped: false,
    };
    expect(creditCause(noted, format)).toBe(
      'Breached (actual 9): 50 % of the at-risk $800.00 (10 % of $8,000.00 base and volume charges, reduced by a credit note of −$2,000.00)',
    );
  });

  it('explains each earn-back outcome', () => {
    expect(creditStatusReason(feb)).toBe('Owed at once: the contract has no earn-back.');
    const earned = {
      ...feb,
      reason: 'all_met',
      earnBackMonths: 2,
      deciding: [
        { period: '2025-04', status: 'met' },
        { period: '2025-05', status: 'met' },
      ],
    } as CreditEntry;
    expect(creditStatusReason(earned)).toBe('Earned back: met in Apr 2025 and May 2025.');
    const pending = {
      ...feb,
      reason: 'awaiting_measurements',
      earnBackMonths: 1,
      deciding: [],
    } as CreditEntry;
    expect(creditStatusReason(pending)).toBe('Pending: 0 of 1 later month measured.');
    const notMet = {
      ...feb,
      reason: 'not_met',
      earnBackMonths: 3,
      deciding: [
        { period: '2025-03', status: 'met' },
        { period: '2025-04', status: 'missed' },
      ],
    } as CreditEntry;
    expect(creditStatusReason(notMet)).toBe('Owed: missed again in Apr 2025, within the 3-month earn-back.');
    expect(creditStatusReason({ ...feb, reason: 'engagement_ends', earnBackMonths: 2 })).toBe(
      'Owed: the engagement ends before 2 more months can earn it back.',
    );
  });
});
