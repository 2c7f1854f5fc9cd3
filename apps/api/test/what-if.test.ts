import { testDatabases, WORKED_EXAMPLE_TODAY } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';
import { useWorkedExampleApi } from './worked-example-api.ts';
import { refusal } from './write-helpers.ts';

const RANGE = { from: '2025-01', to: '2025-06' };

// The worked example of apps/api/test/report-worked-example.test.ts, replayed under other terms; every figure
// computed by hand from packages/db/src/testing/worked-example.ts.
describe.each(testDatabases())('whatIf on $name', ({ open }) => {
  const example = useWorkedExampleApi(open);

  it.each(['ENG-001', 'ENG-002', 'ENG-003'])(
    'replays the terms on record of %s into exactly report.portfolio for it',
    async (engagement) => {
      const answer = await example.api.whatIf.contract({ engagement, ...RANGE });
      const report = await example.api.report.portfolio({ ...RANGE, engagements: [engagement] });
      expect(answer.engagement).toBe(engagement);
      expect(answer.changes).toEqual({});
      expect(answer.actual).toEqual(report);
      expect(answer.whatIf).toEqual(report);
    },
  );

  it('a higher at-risk %: ENG-001 at 15 %', async () => {
    // Feb: 15 % of 106,202.50 = 15,930.375; ASA and ABN at 60 % each pass 100 %, capped → 15,930.38.
    // Apr: ASA breached, 60 % of 15 % of 100,000.00 = 9,000.00. Owed 24,930.38.
    const answer = await example.api.whatIf.contract({ engagement: 'ENG-001', ...RANGE, atRiskPct: 15 });
    expect(answer.changes).toEqual({ atRiskPct: '15' });
    expect(answer.actual.totals.creditsOwed).toBe('16620.25');
    expect(answer.whatIf.totals).toMatchObject({
      charges: '513905.00',
      creditsOwed: '24930.38',
      netCost: '488974.62',
      baseline: '720000.00',
      savings: '231025.38',
    });
  });

  it('another allocation: ENG-001 with ASA at 30 %', async () => {
    // Feb: ASA 30 % of 10,620.25 = 3,186.075 and ABN 60 % = 6,372.15, 90 % so no cap: total 9,558.225 → 9,558.23.
    // Apr: ASA breached, 30 % of 10,000.00 = 3,000.00. Owed 12,558.23.
    const answer = await example.api.whatIf.contract({
      engagement: 'ENG-001',
      ...RANGE,
      allocation: { ASA: '30' },
    });
    expect(answer.whatIf.totals).toMatchObject({ creditsOwed: '12558.23', netCost: '501346.77' });
  });

  it('a stricter level: ENG-001 with ABN expected at 4 %', async () => {
    // ABN 5 % in Mar and Apr is now missed. Mar: 60 % of 10,000.00 = 6,000.00. Apr: ASA breached and ABN missed,
    // 120 % capped at 10,000.00. Feb unchanged 10,620.25. Owed 26,620.25; met 8, missed 4, breached 2.
    const answer = await example.api.whatIf.contract({
      engagement: 'ENG-001',
      ...RANGE,
      expected: { ABN: '4' },
    });
    expect(answer.whatIf.totals).toMatchObject({
      creditsOwed: '26620.25',
      netCost: '487284.75',
      sla: { met: 8, missed: 4, breached: 2, unreported: 4, attainmentPct: expect.closeTo(57.142857143, 8) },
    });
  });

  it('a shorter earn-back: ENG-003 with none', async () => {
    // Jan OTD missed: 500 GBP (625.00 USD) was earned back by Feb; May OTD: 500 GBP (650.00 USD) pending.
    // Without earn-back both are owed at once: 1,275.00.
    const answer = await example.api.whatIf.contract({ engagement: 'ENG-003', ...RANGE, earnBackMonths: 0 });
    expect(answer.actual.totals).toMatchObject({ creditsPending: '650.00', creditsEarnedBack: '625.00' });
    expect(answer.whatIf.totals).toMatchObject({
      creditsOwed: '1275.00',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      netCost: '152125.00',
    });
  });

  it('a longer earn-back than the contract has left: ENG-002 with 3 months owes its credit', async () => {
    // Mar ACC missed: 1,875.00 EUR; the engagement ends in May, two months after: owed, 2,025.00 USD at 1.08.
    const answer = await example.api.whatIf.contract({ engagement: 'ENG-002', ...RANGE, earnBackMonths: 3 });
    expect(answer.whatIf.totals).toMatchObject({ creditsOwed: '2025.00', creditsEarnedBack: '0.00' });
  });

  it('gives both histories month by month', async () => {
    const months = await example.api.whatIf.months({
      engagement: 'ENG-001',
      ...RANGE,
      expected: { ABN: '4' },
    });
    expect(months.map((m) => [m.period, m.actual.creditsOwed, m.whatIf.creditsOwed])).toEqual([
      ['2025-01', '0.00', '0.00'],
      ['2025-02', '10620.25', '10620.25'],
      ['2025-03', '0.00', '6000.00'],
      ['2025-04', '6000.00', '10000.00'],
      ['2025-05', '0.00', '0.00'],
      ['2025-06', '0.00', '0.00'],
    ]);
  });

  it('refuses changes the terms cannot hold, each named', async () => {
    expect(
      await refusal(
        example.api.whatIf.contract({
          engagement: 'ENG-001',
          ...RANGE,
          allocation: { XYZ: '10', CSAT: '10' },
          minimum: { ASA: '20' },
        }),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      issues: [
        'allocation.XYZ: the engagement has no SLA XYZ in force (its SLAs: ABN, ASA, CSAT)',
        'minimum.ASA: 20 is better than expected 30: for lower_is_better the minimum must be at least the expected level',
        'allocation.CSAT: CSAT is a key SLA: only critical SLAs have an allocation (make it critical to give one)',
      ],
    });
    expect(
      await refusal(
        example.api.whatIf.contract({ engagement: 'ENG-001', ...RANGE, allocation: { ASA: '120' } }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', issues: ['allocation.ASA: "120" is not a percentage from 0 to 100'] });
    expect(await refusal(example.api.whatIf.contract({ engagement: 'ENG-404', ...RANGE }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses anonymous callers and writes nothing', async () => {
    const anonymous = testCaller(example.handle, WORKED_EXAMPLE_TODAY, { principal: null });
    expect(await refusal(anonymous.whatIf.contract({ engagement: 'ENG-001', ...RANGE }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const viewer = testCaller(example.handle, WORKED_EXAMPLE_TODAY, {
      principal: { kind: 'system', role: 'viewer', label: 'v' },
    });
    await viewer.whatIf.contract({ engagement: 'ENG-001', ...RANGE, atRiskPct: 20 });
    const report = await example.api.report.portfolio({ ...RANGE, engagements: ['ENG-001'] });
    expect(report.totals.creditsOwed).toBe('16620.25');
  });
});
