import { describe, expect, it } from 'vitest';
import { formatMoney } from './money.ts';
import { type MonthEntrySla, previewSlaMonth } from './sla-month-preview.ts';

// The worked example's ENG-001 (DESIGN.md's contract example): at-risk 10 % of base + volume charges,
// ASA and ABN critical at 60 % each, CSAT a key SLA.
const SLAS: MonthEntrySla[] = [
  {
    code: 'ASA',
    unit: 'seconds',
    direction: 'lower_is_better',
    expected: '30',
    minimum: '45',
    kind: 'critical',
    allocationPct: '60',
  },
  {
    code: 'ABN',
    unit: '%',
    direction: 'lower_is_better',
    expected: '5',
    minimum: '8',
    kind: 'critical',
    allocationPct: '60',
  },
  {
    code: 'CSAT',
    unit: '%',
    direction: 'higher_is_better',
    expected: '85',
    minimum: null,
    kind: 'key',
    allocationPct: null,
  },
];

const credits = (preview: ReturnType<typeof previewSlaMonth>) =>
  Object.fromEntries(
    preview.rows.map((row) => [row.code, row.creditCents === null ? null : formatMoney(row.creditCents)]),
  );

describe('previewSlaMonth: a month of typed actuals before saving', () => {
  it('February 2025: ASA 35 missed, ABN 9 breached, CSAT 80 missed → capped credits ABN 5,310.13, ASA 5,310.12', () => {
    const preview = previewSlaMonth({
      atRiskPct: '10',
      chargesCents: 10_620_250,
      slas: SLAS,
      actuals: { ASA: '35', ABN: '9', CSAT: '80' },
    });
    expect(preview.rows.map((row) => [row.code, row.status])).toEqual([
      ['ASA', 'missed'],
      ['ABN', 'breached'],
      ['CSAT', 'missed'],
    ]);
    expect(credits(preview)).toEqual({ ASA: '5310.12', ABN: '5310.13', CSAT: null });
    expect(formatMoney(preview.atRiskCents)).toBe('10620.25');
    expect(formatMoney(preview.totalCents)).toBe('10620.25');
    expect(preview.capped).toBe(true);
  });

  it('January 2025: every SLA met → no credit', () => {
    const preview = previewSlaMonth({
      atRiskPct: '10',
      chargesCents: 10_620_250,
      slas: SLAS,
      actuals: { ASA: '28', ABN: '4', CSAT: '86' },
    });
    expect(preview.rows.map((row) => row.status)).toEqual(['met', 'met', 'met']);
    expect(credits(preview)).toEqual({ ASA: '0.00', ABN: '0.00', CSAT: null });
    expect(preview.totalCents).toBe(0);
  });

  it('April 2025: ASA 50 breached alone, charges 100,000.00 → 60 % of 10,000.00 = 6,000.00, not capped', () => {
    const preview = previewSlaMonth({
      atRiskPct: '10',
      chargesCents: 10_000_000,
      slas: SLAS,
      actuals: { ASA: '50', ABN: '5' },
    });
    expect(preview.rows.map((row) => row.status)).toEqual(['breached', 'met', 'unreported']);
    expect(credits(preview)).toEqual({ ASA: '6000.00', ABN: '0.00', CSAT: null });
    expect(preview.capped).toBe(false);
  });

  it('a blank actual is unreported, never met; a bad one has no status and causes no credit', () => {
    const preview = previewSlaMonth({
      atRiskPct: '10',
      chargesCents: 10_000_000,
      slas: SLAS,
      actuals: { ASA: ' ', ABN: '9,5' },
    });
    expect(preview.rows[0]).toEqual({ code: 'ASA', status: 'unreported', problem: null, creditCents: 0 });
    expect(preview.rows[1]).toEqual({
      code: 'ABN',
      status: null,
      problem: '"9,5" is not a number (a number like 1234.50)',
      creditCents: 0,
    });
    expect(preview.totalCents).toBe(0);
  });

  it('an actual its unit cannot have is refused with the reason, never judged: −3 seconds is not "met"', () => {
    const preview = previewSlaMonth({
      atRiskPct: '10',
      chargesCents: 10_000_000,
      slas: SLAS,
      actuals: { ASA: '-3', ABN: '100.5', CSAT: '1,000' },
    });
    expect(preview.rows.map((row) => [row.code, row.status, row.problem])).toEqual([
      ['ASA', null, '-3 is negative: a duration in seconds cannot be below 0'],
      ['ABN', null, '100.5 is not a percentage from 0 to 100'],
      ['CSAT', null, '1000 is not a percentage from 0 to 100'],
    ]);
    expect(preview.totalCents).toBe(0);
  });

  it('a month without charges puts nothing at risk: the SLA is missed but owes 0.00', () => {
    const preview = previewSlaMonth({ atRiskPct: '10', chargesCents: 0, slas: SLAS, actuals: { ASA: '40' } });
    expect(preview.rows[0]).toMatchObject({ status: 'missed', creditCents: 0 });
  });
});
