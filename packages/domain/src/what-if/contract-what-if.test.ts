import { describe, expect, it } from 'vitest';
import type { EngagementTermsFact, PortfolioFacts } from '../portfolio/facts.ts';
import { buildPortfolioReport } from '../portfolio/portfolio-report.ts';
import { reportScope } from '../portfolio/report-scope.ts';
import type { WhatIfSla } from './apply-changes.ts';
import { contractChangesSchema } from './contract-changes.ts';
import { contractWhatIf, type WhatIfBasis, whatIfMonths } from './contract-what-if.ts';

// One engagement in USD, 10 % at risk, earn-back 2 months; two critical SLAs (lower is better) at 60 % each.
const ENGAGEMENT: EngagementTermsFact = {
  id: 7,
  code: 'ENG-007',
  name: 'Help desk',
  type: 'BPO',
  vendor: 'Acme',
  serviceLine: 'it_help_desk',
  location: 'offshore',
  businessUnit: null,
  currency: 'USD',
  startDate: '2025-01-01',
  endDate: null,
  annualBudget: null,
  atRiskPct: '10',
  earnBackMonths: 2,
  baselineMonthlyCost: null,
  plannedMonthlySavings: null,
  slaCount: 2,
};
const sla = (id: number, code: string, expected: string, minimum: string): WhatIfSla => ({
  id,
  code,
  name: code,
  unit: 'minutes',
  direction: 'lower_is_better',
  expected,
  minimum,
  kind: 'critical',
  allocationPct: '60',
});
const SLAS = [sla(1, 'FCR', '10', '20'), sla(2, 'MTTR', '60', '90')];
// FCR: Jan 12 (missed), Feb 9, Mar 8, Apr 11 (missed). MTTR: Jan 50, Feb 65 (missed), Mar 55, Apr 58.
const MEASUREMENTS = [
  ['2025-01', '12', '50'],
  ['2025-02', '9', '65'],
  ['2025-03', '8', '55'],
  ['2025-04', '11', '58'],
].flatMap(([period = '', fcr = '', mttr = '']) => [
  { slaId: 1, period, actual: fcr },
  { slaId: 2, period, actual: mttr },
]);
// The facts as the database aggregates them under the terms on record.
const FACTS: PortfolioFacts = {
  terms: [ENGAGEMENT],
  charges: ['01', '02', '03', '04'].map((m) => ({
    engagementId: 7,
    period: `2025-${m}`,
    total: '1000.00',
    creditBase: '1000.00',
  })),
  slaCounts: [
    { engagementId: 7, period: '2025-01', met: 1, missed: 1, breached: 0 },
    { engagementId: 7, period: '2025-02', met: 1, missed: 1, breached: 0 },
    { engagementId: 7, period: '2025-03', met: 2, missed: 0, breached: 0 },
    { engagementId: 7, period: '2025-04', met: 1, missed: 1, breached: 0 },
  ],
  failedCritical: [
    [
      '2025-01',
      1,
      'FCR',
      '12',
      [
        { period: '2025-02', status: 'met' as const },
        { period: '2025-03', status: 'met' as const },
      ],
    ],
    [
      '2025-02',
      2,
      'MTTR',
      '65',
      [
        { period: '2025-03', status: 'met' as const },
        { period: '2025-04', status: 'met' as const },
      ],
    ],
    ['2025-04', 1, 'FCR', '11', []],
  ].map(([period, slaId, slaCode, actual, later]) => ({
    engagementId: 7,
    slaId: slaId as number,
    slaCode: slaCode as string,
    slaName: slaCode as string,
    allocationPct: '60',
    period: period as string,
    status: 'missed' as const,
    actual: actual as string,
    later: later as { period: string; status: 'met' }[],
  })),
  deliveries: [],
  cycleDays: [],
  overdue: [],
  fxRates: [],
};
const BASIS: WhatIfBasis = { facts: FACTS, engagement: ENGAGEMENT, slas: SLAS, measurements: MEASUREMENTS };
const SCOPE = reportScope('2025-01', '2025-04', '2025-06-15');

const whatIf = (changes: unknown) => {
  const result = contractWhatIf(BASIS, contractChangesSchema.parse(changes), SCOPE, 'USD');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('contractWhatIf, worked examples', () => {
  it('replays the terms on record into the report the facts give', () => {
    const answer = whatIf({});
    expect(answer.actual).toEqual(buildPortfolioReport(FACTS, SCOPE, 'USD'));
    expect(answer.whatIf).toEqual(answer.actual);
    // Jan and Feb: $60.00 each (10 % of $1,000 × 60 %), earned back by two met months; Apr: $60.00 pending.
    expect(answer.actual.totals).toMatchObject({
      creditsOwed: '0.00',
      creditsPending: '60.00',
      creditsEarnedBack: '120.00',
      netCost: '3940.00',
    });
  });

  it('a stricter level fails more months: FCR expected 8 makes Feb missed too', () => {
    // FCR ≤ 8: Jan 12 missed, Feb 9 missed, Mar 8 met, Apr 11 missed. Feb: FCR and MTTR 60 % each, capped at the
    // $100 at risk, $50 each. Jan FCR: next two measured months Feb (missed) → owed $60. Feb FCR: Mar met,
    // Apr missed → owed $50; Feb MTTR: Mar, Apr met → earned back $50. Apr FCR pending $60.
    const answer = whatIf({ expected: { FCR: 8 } });
    expect(answer.whatIf.totals).toMatchObject({
      creditsOwed: '110.00',
      creditsPending: '60.00',
      creditsEarnedBack: '50.00',
      netCost: '3830.00',
      sla: { met: 4, missed: 4, breached: 0, unreported: 0, attainmentPct: 50 },
    });
  });

  it('a shorter earn-back settles credits sooner: with none, every credit is owed at once', () => {
    expect(whatIf({ earnBackMonths: 0 }).whatIf.totals).toMatchObject({
      creditsOwed: '180.00',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      netCost: '3820.00',
    });
  });

  it('refuses terms a contract could not hold, naming the change', () => {
    const result = contractWhatIf(
      BASIS,
      contractChangesSchema.parse({ minimum: { MTTR: 30 } }),
      SCOPE,
      'USD',
    );
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'minimum.MTTR' }] });
  });
});

describe('whatIfMonths', () => {
  it('gives both histories month by month in the contract figures', () => {
    const result = whatIfMonths(BASIS, contractChangesSchema.parse({ atRiskPct: 20 }), SCOPE, 'USD');
    if (!result.ok) throw new Error('refused');
    // At 20 % a failing SLA owes $120 (20 % of $1,000 × 60 %).
    expect(
      result.value.map((m) => [
        m.period,
        m.actual.creditsEarnedBack,
        m.whatIf.creditsEarnedBack,
        m.whatIf.netCost,
      ]),
    ).toEqual([
      ['2025-01', '60.00', '120.00', '1000.00'],
      ['2025-02', '60.00', '120.00', '1000.00'],
      ['2025-03', '0.00', '0.00', '1000.00'],
      ['2025-04', '0.00', '0.00', '880.00'],
    ]);
    expect(result.value[0]?.actual.sla.attainmentPct).toBe(50);
  });
});
