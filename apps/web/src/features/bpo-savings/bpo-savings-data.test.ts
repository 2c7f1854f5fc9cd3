import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { creditShare, cumulativeSavings, savingsBreakdown, savingsOverTime } from './bpo-savings-data.ts';

type SavingsPoint = RouterOutputs['savings']['trend'][number];
type SeriesPoint = RouterOutputs['report']['series'][number];

// February and March of the worked example (see apps/api/test/dashboard-procedures.test.ts).
const trend: SavingsPoint[] = [
  {
    period: '2025-02',
    baseline: '120000.00',
    netCostVsBaseline: '96582.25',
    savings: '23417.75',
    savingsPct: 19.51479,
    plannedSavings: '30000.00',
    cumulativeSavings: '37215.25',
    cumulativePlannedSavings: '60000.00',
    charges: '107202.50',
    credits: '10620.25',
    creditsWithheld: '10620.25',
    creditsPct: 9.9067,
    creditsWithheldPct: 9.9067,
  },
  {
    period: '2025-03',
    baseline: '141600.00',
    netCostVsBaseline: '116200.00',
    savings: '25400.00',
    savingsPct: 17.93785,
    plannedSavings: '30000.00',
    cumulativeSavings: '62615.25',
    cumulativePlannedSavings: '90000.00',
    charges: '116200.00',
    credits: '2025.00',
    creditsWithheld: '0.00',
    creditsPct: 1.7427,
    creditsWithheldPct: 0,
  },
];

describe('BPO savings shaping', () => {
  it('draws baseline, net cost and savings per month as the API gave them', () => {
    expect(savingsOverTime(trend)[0]).toEqual({
      key: '2025-02',
      label: 'Feb 25',
      baseline: 120000,
      netCost: 96582.25,
      savings: 23417.75,
    });
    expect(cumulativeSavings(trend).map((r) => [r.realized, r.planned])).toEqual([
      [37215.25, 60000],
      [62615.25, 90000],
    ]);
    expect(creditShare(trend).map((r) => [r.arose, r.withheld])).toEqual([
      [9.9067, 9.9067],
      [1.7427, 0],
    ]);
  });

  it('breaks savings down by service line with readable names, largest first, without KPO rows', () => {
    const point = (key: string, savings: string | null): SeriesPoint =>
      ({
        key,
        period: null,
        baseline: savings === null ? null : '100.00',
        netCost: '50.00',
        savings,
        savingsPct: 10,
      }) as SeriesPoint;
    const rows = savingsBreakdown(
      [
        point('hr_payroll', '16142.77'),
        point('customer_support', '222715.25'),
        point('market_research', null),
      ],
      'serviceLine',
    );
    expect(rows.map((r) => [r.key, r.label, r.savings])).toEqual([
      ['customer_support', 'Customer support', 222715.25],
      ['hr_payroll', 'HR & payroll', 16142.77],
    ]);
  });
});
