import { testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';
import { useWorkedExampleApi } from './worked-example-api.ts';

// Every figure below was computed by hand from the fixture in packages/db/src/testing/worked-example.ts.
describe.each(testDatabases())('report.portfolio worked example on $name', ({ open }) => {
  const example = useWorkedExampleApi(open);

  it('gives every contract figure for 2025-01..2025-06 (as of 2025-06-15)', async () => {
    const report = await example.api.report.portfolio({ from: '2025-01', to: '2025-06' });
    expect(report.range).toEqual({ from: '2025-01', to: '2025-06' });
    expect(report.currency).toBe('USD');
    // ENG-004 ended in 2024 and has no charges in the range: not listed.
    expect(report.engagements.map((e) => e.code)).toEqual(['ENG-001', 'ENG-002', 'ENG-003']);

    const [e1, e2, e3] = report.engagements;
    // ENG-001 (USD, at risk 10 %, no earn-back). Charges Jan 106,202.50 + Feb 107,202.50 + Mar 100,000 +
    // Apr 100,500 + May 100,000. Feb: ASA and ABN fail at 60 % each → capped at 10,620.25 (ABN 5,310.13,
    // ASA 5,310.12); Apr: ASA breached → 60 % of 10,000.00. Baseline 120,000 × 6 months (June counts: as-of month).
    expect(e1).toEqual({
      code: 'ENG-001',
      type: 'BPO',
      vendor: 'Acme Services',
      charges: '513905.00',
      creditsOwed: '16620.25',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      netCost: '497284.75',
      baseline: '720000.00',
      savings: '222715.25',
      savingsPct: expect.closeTo(30.932673611, 8),
      // Jan 3 met; Feb ASA, CSAT missed, ABN breached; Mar 3 met (on the boundaries); Apr ABN met, ASA breached,
      // CSAT unreported; May 3 met; Jun 3 unreported.
      sla: { met: 10, missed: 2, breached: 2, unreported: 4, attainmentPct: expect.closeTo(71.428571429, 8) },
    });
    // ENG-002 (EUR, 2025-03-10..2025-05-20, at risk 12.5 %, earn-back 2): Mar ACC missed → 1,875.00 EUR, earned back
    // by Apr and May met → 2,025.00 USD at 1.08. Charges 16,200.00 + 16,500.00 + 15,333.33 × 1.12345 = 17,226.23.
    expect(e2).toEqual({
      code: 'ENG-002',
      type: 'BPO',
      vendor: 'Acme Services',
      charges: '49926.23',
      creditsOwed: '0.00',
      creditsPending: '0.00',
      creditsEarnedBack: '2025.00',
      netCost: '49926.23',
      baseline: '66069.00',
      savings: '16142.77',
      savingsPct: expect.closeTo(24.433198626, 8),
      sla: { met: 2, missed: 1, breached: 0, unreported: 0, attainmentPct: expect.closeTo(66.666666667, 8) },
    });
    // ENG-003 (GBP, KPO, at risk 5 %, earn-back 1): 20,000 GBP a month; Jan OTD missed → 500 GBP earned back by Feb
    // (625.00 USD); May OTD missed, June not measured yet → 500 GBP pending (650.00 USD at 1.30).
    expect(e3).toEqual({
      code: 'ENG-003',
      type: 'KPO',
      vendor: 'Insight Partners',
      charges: '153400.00',
      creditsOwed: '0.00',
      creditsPending: '650.00',
      creditsEarnedBack: '625.00',
      netCost: '152750.00',
      baseline: null,
      savings: null,
      savingsPct: null,
      sla: { met: 2, missed: 3, breached: 0, unreported: 7, attainmentPct: 40 },
    });

    expect(report.totals).toEqual({
      charges: '717231.23',
      creditsOwed: '16620.25',
      creditsPending: '650.00',
      creditsEarnedBack: '2650.00',
      netCost: '699960.98',
      // BPO engagements with a baseline alone: 786,069.00 − (497,284.75 + 49,926.23).
      baseline: '786069.00',
      savings: '238858.02',
      savingsPct: expect.closeTo(30.386393561, 8),
      sla: {
        met: 14,
        missed: 6,
        breached: 2,
        unreported: 11,
        attainmentPct: expect.closeTo(63.636363636, 8),
      },
    });

    // D1 (on time, 25 days), D2 (late, 24 days, rework), D3 (on time, 40 days, rework) delivered in range; D6 before
    // it, D7 after the as-of date. Overdue at 2025-06-15: D4 (due 05-30) and D7 (due 06-10, delivered 06-20).
    expect(report.insight).toEqual({
      delivered: 3,
      onTimePct: expect.closeTo(66.666666667, 8),
      medianCycleDays: 25,
      meanQuality: 4,
      reworkPct: expect.closeTo(66.666666667, 8),
      adoptionPct: expect.closeTo(66.666666667, 8),
      valueRealized: '38100.00',
      costPerDeliverable: '50916.67',
      overdue: 2,
    });
  });

  it('filters by vendor, type, service line, location and business unit', async () => {
    const byVendor = await example.api.report.portfolio({
      from: '2025-01',
      to: '2025-06',
      vendors: ['Insight Partners'],
    });
    expect(byVendor.engagements.map((e) => e.code)).toEqual(['ENG-003']);
    expect(byVendor.totals.baseline).toBe('0.00');
    expect(byVendor.totals.savingsPct).toBeNull();
    const bpo = await example.api.report.portfolio({ from: '2025-01', to: '2025-06', types: ['BPO'] });
    expect(bpo.totals.netCost).toBe('547210.98');
    expect(bpo.insight).toMatchObject({
      delivered: 0,
      onTimePct: null,
      costPerDeliverable: null,
      valueRealized: '0.00',
    });
    const offshore = await example.api.report.portfolio({
      from: '2025-01',
      to: '2025-06',
      locations: ['nearshore'],
    });
    expect(offshore.engagements.map((e) => e.code)).toEqual(['ENG-002']);
    const payroll = await example.api.report.portfolio({
      from: '2025-01',
      to: '2025-06',
      serviceLines: ['hr_payroll'],
      businessUnits: ['HR'],
    });
    expect(payroll.totals.charges).toBe('49926.23');
  });

  it('counts a credit in the month it arose, its status from measurements after the range', async () => {
    // March alone: ENG-002's credit arose in March and was earned back by April and May, outside this range.
    const march = await example.api.report.portfolio({ from: '2025-03', to: '2025-03' });
    const e2 = march.engagements.find((e) => e.code === 'ENG-002');
    expect(e2).toMatchObject({ charges: '16200.00', creditsEarnedBack: '2025.00', creditsOwed: '0.00' });
    // ENG-001 has no failing SLA in March: nothing owed; ENG-003's March is unreported (2 SLA-periods).
    expect(march.engagements.find((e) => e.code === 'ENG-003')?.sla).toEqual({
      met: 0,
      missed: 0,
      breached: 0,
      unreported: 2,
      attainmentPct: null,
    });
  });

  it('answers an empty range with zero sums and null rates', async () => {
    const empty = await example.api.report.portfolio({ from: '2023-01', to: '2023-03' });
    expect(empty.engagements).toEqual([]);
    expect(empty.totals).toEqual({
      charges: '0.00',
      creditsOwed: '0.00',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      netCost: '0.00',
      baseline: '0.00',
      savings: '0.00',
      savingsPct: null,
      sla: { met: 0, missed: 0, breached: 0, unreported: 0, attainmentPct: null },
    });
    expect(empty.insight).toEqual({
      delivered: 0,
      onTimePct: null,
      medianCycleDays: null,
      meanQuality: null,
      reworkPct: null,
      adoptionPct: null,
      valueRealized: '0.00',
      costPerDeliverable: null,
      overdue: 0,
    });
  });

  it('names the currency and month of a missing FX rate instead of using 1', async () => {
    // As of 2025-06-15 July is not counted yet, so its missing rates are not needed.
    await expect(example.api.report.portfolio({ from: '2025-06', to: '2025-07' })).resolves.toBeDefined();
    // Later, ENG-003's July charge in GBP needs the July rate, which is not on record.
    const august = testCaller(example.handle, '2025-08-15');
    await expect(august.report.portfolio({ from: '2025-07', to: '2025-07' })).rejects.toThrow(
      'No FX rate for GBP in 2025-07 (to USD)',
    );
  });

  it('refuses a range whose start is after its end', async () => {
    await expect(example.api.report.portfolio({ from: '2025-06', to: '2025-01' })).rejects.toThrow(/from/);
  });
});
