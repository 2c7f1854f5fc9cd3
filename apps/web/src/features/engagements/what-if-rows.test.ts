import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { changesOfForm, type TermsForm, whatIfChartRows, whatIfRows } from './what-if-rows.ts';

type WhatIfMonth = RouterOutputs['whatIf']['months'][number];

const RECORDED: TermsForm = {
  atRiskPct: '10.00',
  earnBackMonths: '0',
  slas: [
    { code: 'ASA', kind: 'critical', allocation: '60.00', expected: '30', minimum: '45' },
    { code: 'CSAT', kind: 'key', allocation: '', expected: '85', minimum: '' },
  ],
};

describe('changesOfForm', () => {
  it('changes nothing when the form holds the terms on record, however the numbers are written', () => {
    const form = { ...RECORDED, atRiskPct: '10', slas: RECORDED.slas.map((s) => ({ ...s })) };
    expect(changesOfForm(form, RECORDED)).toEqual({});
  });

  it('lists only what differs; an emptied minimum is none, a key SLA has no allocation', () => {
    const form: TermsForm = {
      atRiskPct: '15',
      earnBackMonths: '2',
      slas: [
        { code: 'ASA', kind: 'key', allocation: '60', expected: '25', minimum: '' },
        { code: 'CSAT', kind: 'critical', allocation: '20', expected: '85', minimum: '70' },
      ],
    };
    expect(changesOfForm(form, RECORDED)).toEqual({
      atRiskPct: '15',
      earnBackMonths: '2',
      kind: { ASA: 'key', CSAT: 'critical' },
      allocation: { CSAT: '20' },
      expected: { ASA: '25' },
      minimum: { ASA: 'none', CSAT: '70' },
    });
  });
});

const figures = (owed: string, pending: string, netCost: string, attainmentPct: number | null) => ({
  charges: '0.00',
  creditsOwed: owed,
  creditsPending: pending,
  creditsEarnedBack: '0.00',
  netCost,
  baseline: null,
  savings: null,
  savingsPct: null,
  sla: { met: 0, missed: 0, breached: 0, unreported: 0, attainmentPct },
});

describe('whatIfRows', () => {
  it('gives each month both histories and the difference, credits withheld being owed + pending', () => {
    const months: WhatIfMonth[] = [
      {
        period: '2025-03',
        actual: figures('0.00', '0.00', '100000.00', 100),
        whatIf: figures('5000.10', '999.95', '94000.05', 200 / 3),
      },
      {
        period: '2025-06',
        actual: figures('0.00', '0.00', '0.00', null),
        whatIf: figures('0.00', '0.00', '0.00', null),
      },
    ];
    const rows = whatIfRows(months);
    expect(rows[0]).toEqual({
      period: '2025-03',
      creditsActual: '0.00',
      creditsWhatIf: '6000.05',
      creditsDiff: '6000.05',
      attainmentActual: 100,
      attainmentWhatIf: 200 / 3,
      attainmentDiff: 200 / 3 - 100,
      netCostActual: '100000.00',
      netCostWhatIf: '94000.05',
      netCostDiff: '-5999.95',
    });
    expect(rows[1]?.attainmentDiff).toBeNull();
    expect(whatIfChartRows(rows)[0]).toMatchObject({
      key: '2025-03',
      creditsWhatIf: 6000.05,
      attainmentActual: 100,
    });
  });
});
