import { testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { useWorkedExampleApi } from './worked-example-api.ts';

// The dashboard's procedures on the worked example (packages/db/src/testing/worked-example.ts); every figure was
// computed by hand from the fixture, as in report-worked-example.test.ts. Today is 2025-06-15.
const RANGE = { from: '2025-01', to: '2025-06' };

// Every dashboard procedure on one worked example, each figure computed by hand beside it; the budget against actual
// (on budgets of its own) is in budget-procedures.test.ts.
describe.each(testDatabases())('dashboard procedures on $name', ({ open }) => {
  const example = useWorkedExampleApi(open);

  it('lists the filter options and filters the engagements list', async () => {
    expect(await example.api.meta.filterOptions()).toEqual({
      vendors: ['Acme Services', 'Insight Partners'],
      businessUnits: ['Customer Operations', 'HR', 'Strategy'],
    });
    expect((await example.api.engagements.list()).map((e) => e.code)).toEqual([
      'ENG-001',
      'ENG-002',
      'ENG-003',
      'ENG-004',
    ]);
    expect((await example.api.engagements.list({ types: ['KPO'] })).map((e) => e.code)).toEqual(['ENG-003']);
    expect(
      (await example.api.engagements.list({ vendors: ['Acme Services'], locations: ['offshore'] })).length,
    ).toBe(2);
  });

  it('gives an engagement’s terms, SLAs, charges by category and deliverables', async () => {
    const detail = await example.api.engagements.detail({ code: 'ENG-002' });
    expect(detail).toMatchObject({
      code: 'ENG-002',
      vendor: 'Acme Services',
      vendorCountry: 'India',
      currency: 'EUR',
      atRiskPct: '12.50',
      earnBackMonths: 2,
      startDate: '2025-03-10',
      endDate: '2025-05-20',
      baselineMonthlyCost: '20000.00',
    });
    expect(detail.slas).toEqual([
      {
        code: 'ACC',
        name: 'Payroll accuracy',
        unit: '%',
        direction: 'higher_is_better',
        expected: '99.5',
        minimum: '98',
        kind: 'critical',
        allocationPct: '100.00',
      },
    ]);
    await expect(example.api.engagements.detail({ code: 'ENG-999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const charges = await example.api.engagements.charges({
      code: 'ENG-001',
      from: '2025-01',
      to: '2025-02',
    });
    expect(charges.map((c) => [c.period, c.category, c.amount, c.invoices])).toEqual([
      ['2025-01', 'base', '100000.00', 1],
      ['2025-01', 'volume', '6202.50', 1],
      ['2025-02', 'base', '100000.00', 1],
      ['2025-02', 'one_off', '1000.00', 1],
      ['2025-02', 'volume', '6202.50', 1],
    ]);
    const deliverables = await example.api.engagements.deliverables({ code: 'ENG-003' });
    expect(deliverables.map((d) => d.code)).toEqual(['D5', 'D7', 'D4', 'D3', 'D2', 'D1', 'D6']);
    expect(deliverables[3]).toMatchObject({
      deliveredDate: '2025-04-10',
      quality: 5,
      revisions: 1,
      actioned: true,
    });
  });

  it('draws an SLA’s trend with its levels, unreported months and months it did not run', async () => {
    const [asa] = await example.api.slas.trend({ ...RANGE, engagement: 'ENG-001', sla: 'ASA' });
    expect(asa).toMatchObject({ code: 'ASA', expected: '30', minimum: '45', allocationPct: '60.00' });
    expect(asa?.cells.map((c) => [c.period, c.actual, c.status])).toEqual([
      ['2025-01', '28', 'met'],
      ['2025-02', '35', 'missed'],
      ['2025-03', '30', 'met'],
      ['2025-04', '50', 'breached'],
      ['2025-05', '25', 'met'],
      ['2025-06', null, 'unreported'],
    ]);
    const payroll = await example.api.slas.trend({ ...RANGE, engagement: 'ENG-002' });
    expect(payroll.map((s) => s.code)).toEqual(['ACC']);
    expect(payroll[0]?.cells.map((c) => c.status)).toEqual([null, null, 'missed', 'met', 'met', null]);
  });

  it('lists the breaches, and the SLAs breached most often', async () => {
    const breaches = await example.api.slas.breaches(RANGE);
    expect(breaches.truncated).toBe(false);
    expect(breaches.rows.map((b) => [b.period, b.engagement, b.sla, b.actual, b.minimum, b.vendor])).toEqual([
      ['2025-04', 'ENG-001', 'ASA', '50', '45', 'Acme Services'],
      ['2025-02', 'ENG-001', 'ABN', '9', '8', 'Acme Services'],
    ]);
    expect((await example.api.slas.breaches({ ...RANGE, limit: 1 })).truncated).toBe(true);
    expect((await example.api.slas.breaches({ ...RANGE, types: ['KPO'] })).rows).toEqual([]);
    const top = await example.api.slas.topBreaches(RANGE);
    // ASA: breached in April and missed in February; ABN: breached in February only.
    expect(top.map((t) => [t.engagement, t.sla, t.breached, t.missed, t.measured, t.lastBreach])).toEqual([
      ['ENG-001', 'ASA', 1, 1, 5, '2025-04'],
      ['ENG-001', 'ABN', 1, 0, 5, '2025-02'],
    ]);
  });

  it('gives BPO savings month by month with running totals that end at the report’s savings', async () => {
    const [trend, report] = await Promise.all([
      example.api.savings.trend({ ...RANGE, types: ['BPO'] }),
      example.api.report.portfolio({ ...RANGE, types: ['BPO'] }),
    ]);
    // ENG-001 baseline 120,000 a month; ENG-002 20,000 EUR in March–May at 1.08, 1.10, 1.12345.
    expect(trend.map((m) => [m.period, m.baseline, m.netCostVsBaseline, m.savings])).toEqual([
      ['2025-01', '120000.00', '106202.50', '13797.50'],
      ['2025-02', '120000.00', '96582.25', '23417.75'],
      ['2025-03', '141600.00', '116200.00', '25400.00'],
      ['2025-04', '142000.00', '111000.00', '31000.00'],
      ['2025-05', '142469.00', '117226.23', '25242.77'],
      ['2025-06', '120000.00', '0.00', '120000.00'],
    ]);
    expect(trend.map((m) => m.cumulativeSavings)).toEqual([
      '13797.50',
      '37215.25',
      '62615.25',
      '93615.25',
      '118858.02',
      '238858.02',
    ]);
    expect(trend.at(-1)?.cumulativeSavings).toBe(report.totals.savings);
    expect(trend.at(-1)?.cumulativePlannedSavings).toBe('180000.00');
    // February: the capped credit of 10,620.25 on charges of 107,202.50; March: 2,025.00 arose and was earned back.
    expect(trend[1]).toMatchObject({ credits: '10620.25', creditsWithheld: '10620.25' });
    expect(trend[1]?.creditsPct).toBeCloseTo((1_062_025 * 100) / 10_720_250, 10);
    expect(trend[2]).toMatchObject({ credits: '2025.00', creditsWithheld: '0.00', creditsWithheldPct: 0 });
    expect(trend[2]?.creditsPct).toBeCloseTo((202_500 * 100) / 11_620_000, 10);
  });

  it('gives KPO insight delivery per month and the overdue deliverables', async () => {
    const months = await example.api.insight.monthly({ ...RANGE, types: ['KPO'] });
    // D1 on time in January (25 days), D2 late in February (24 days), D3 on time in April (40 days).
    expect(months.map((m) => [m.period, m.delivered, m.onTime, m.late, m.medianCycleDays])).toEqual([
      ['2025-01', 1, 1, 0, 25],
      ['2025-02', 1, 0, 1, 24],
      ['2025-03', 0, 0, 0, null],
      ['2025-04', 1, 1, 0, 40],
      ['2025-05', 0, 0, 0, null],
      ['2025-06', 0, 0, 0, null],
    ]);
    // 20,000 GBP a month at 1.25, 1.26 and 1.28; D1's 10,000 GBP and D3's 20,000 GBP were acted on.
    expect(months.map((m) => m.costPerDeliverable)).toEqual([
      '25000.00',
      '25200.00',
      null,
      '25600.00',
      null,
      null,
    ]);
    expect(months.map((m) => m.valueRealized)).toEqual([
      '12500.00',
      '0.00',
      '0.00',
      '25600.00',
      '0.00',
      '0.00',
    ]);
    const overdue = await example.api.insight.overdue(RANGE);
    expect(overdue.rows.map((d) => [d.engagement, d.code, d.dueDate, d.daysOverdue])).toEqual([
      ['ENG-003', 'D4', '2025-05-30', 16],
      ['ENG-003', 'D7', '2025-06-10', 5],
    ]);
  });

  it('breaks spend down by category and by billing currency, adding up to the report’s charges', async () => {
    const [categories, currencies] = await Promise.all([
      example.api.spend.byCategory(RANGE),
      example.api.spend.byCurrency(RANGE),
    ]);
    // base: 500,000 USD + 15,000 EUR at 1.08, 1.10, 1.12345 + 120,000 GBP (153,400.00); May's 333.33 EUR → 374.48.
    expect(categories).toEqual([
      { category: 'base', charges: '702951.75' },
      { category: 'one_off', charges: '1000.00' },
      { category: 'pass_through', charges: '500.00' },
      { category: 'volume', charges: '12779.48' },
    ]);
    expect(currencies).toEqual([
      { currency: 'EUR', amount: '45333.33', charges: '49926.23', engagements: 1 },
      { currency: 'GBP', amount: '120000.00', charges: '153400.00', engagements: 1 },
      { currency: 'USD', amount: '513905.00', charges: '513905.00', engagements: 1 },
    ]);
  });

  it('scores the vendors by the documented weights, critical breaches and cap', async () => {
    const cards = await example.api.vendors.scorecards(RANGE);
    expect(cards.map((c) => [c.vendor, c.engagements, c.bpo, c.kpo])).toEqual([
      ['Acme Services', ['ENG-001', 'ENG-002'], 2, 0],
      ['Insight Partners', ['ENG-003'], 0, 1],
    ]);
    const [acme, insight] = cards;
    // Acme: attainment 12 of 17; its critical SLAs (ASA, ABN, ACC) met 9 of 13 measured months, with 2 misses
    // (ASA Feb, ACC Mar) and 2 breaches (ABN Feb, ASA Apr); credits 18,645.25 of 563,831.23 charged; savings
    // 238,858.02 over a plan of 180,000.00 (capped at 100). Weighted (30 × attainment + 20 × critical + 15 × 100 +
    // 15 × (100 − 10 × credits %)) ÷ 80 = 75.08; less 2 breaches × 5 = 65.08, under the cap of 69.9: watch.
    const acmeCredits = (1_864_525 * 100) / 56_383_123;
    expect(acme?.creditsPct).toBeCloseTo(acmeCredits, 10);
    expect(acme?.criticalSla).toEqual({ met: 9, missed: 2, breached: 2 });
    expect(acme?.components).toMatchObject({ savings: 100, onTime: null, quality: null });
    expect(acme?.components.critical).toBeCloseTo(900 / 13, 10);
    const acmeWeighted = (30 * (1200 / 17) + 20 * (900 / 13) + 15 * 100 + 15 * (100 - 10 * acmeCredits)) / 80;
    expect(acme?.weightedScore).toBeCloseTo(acmeWeighted, 10);
    expect(acme?.breachPenalty).toBe(10);
    expect(acme?.score).toBeCloseTo(acmeWeighted - 10, 10);
    expect(acme?.capped).toBe(false);
    expect(acme?.band).toBe('watch');
    // Insight Partners: attainment 40 %, critical OTD met 1 of 3 (no breach: it has no minimum), credits 1,275.00 of
    // 153,400.00, on time 2 of 3, quality 4 → 75; weights 30 + 20 + 15 + 10 + 10 = 85 → 54.81: at risk.
    const insightCredits = (127_500 * 100) / 15_340_000;
    expect(insight?.criticalSla).toEqual({ met: 1, missed: 2, breached: 0 });
    expect(insight?.score).toBeCloseTo(
      (30 * 40 + 20 * (100 / 3) + 15 * (100 - 10 * insightCredits) + 10 * (200 / 3) + 10 * 75) / 85,
      10,
    );
    expect(insight?.band).toBe('at_risk');
    expect(await example.api.vendors.detail({ name: 'Insight Partners' })).toMatchObject({
      country: 'United Kingdom',
    });
    await expect(example.api.vendors.detail({ name: 'Nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
