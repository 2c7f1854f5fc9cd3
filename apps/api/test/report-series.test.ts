import { testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { useWorkedExampleApi } from './worked-example-api.ts';

const RANGE = { from: '2025-01', to: '2025-06' };
const cents = (money: string | null) => Math.round(Number(money ?? 0) * 100);

describe.each(testDatabases())('dashboard series, credit ledger and SLA grid on $name', ({ open }) => {
  const example = useWorkedExampleApi(open);

  it('summarizes the report without its engagement rows, counting them by type', async () => {
    const [report, summary] = await Promise.all([
      example.api.report.portfolio(RANGE),
      example.api.report.summary(RANGE),
    ]);
    const { engagements, ...rest } = report;
    expect(summary).toEqual({
      ...rest,
      engagementCount: {
        all: engagements.length,
        BPO: engagements.filter((e) => e.type === 'BPO').length,
        KPO: engagements.filter((e) => e.type === 'KPO').length,
      },
    });
    expect(summary.engagementCount.all).toBeGreaterThan(1);
  });

  it('gives the top points of a series by net cost, cut from the whole series', async () => {
    const whole = await example.api.report.series({ ...RANGE, by: 'engagement', perMonth: false });
    const top = await example.api.report.series({ ...RANGE, by: 'engagement', perMonth: false, top: 2 });
    const expected = [...whole].sort((a, b) => cents(b.netCost) - cents(a.netCost)).slice(0, 2);
    expect(top).toEqual(expected);
    expect(
      await example.api.report.series({ ...RANGE, by: 'engagement', perMonth: false, top: 100 }),
    ).toHaveLength(whole.length);
  });

  it('gives monthly series that add up to the report totals', async () => {
    const [report, months] = await Promise.all([
      example.api.report.portfolio(RANGE),
      example.api.report.series({ ...RANGE, by: 'total', perMonth: true }),
    ]);
    expect(months.map((m) => m.period)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    for (const field of [
      'charges',
      'creditsOwed',
      'creditsPending',
      'creditsEarnedBack',
      'netCost',
      'baseline',
    ] as const) {
      expect(months.reduce((sum, m) => sum + cents(m[field]), 0)).toBe(cents(report.totals[field]));
    }
    // February: ENG-001 107,202.50 + ENG-003 20,000 GBP at 1.26; the capped credit of 10,620.25 is owed.
    expect(months[1]).toMatchObject({ charges: '132402.50', creditsOwed: '10620.25' });
    expect(months.reduce((sum, m) => sum + m.sla.met, 0)).toBe(report.totals.sla.met);
    expect(months.reduce((sum, m) => sum + m.insight.delivered, 0)).toBe(3);
    // Planned savings: ENG-001 plans 30,000 a month over the six months it ran.
    expect(months.reduce((sum, m) => sum + cents(m.plannedSavings), 0)).toBe(180_000_00);
  });

  it('breaks the range down by vendor and by type', async () => {
    const [report, byVendor, byType] = await Promise.all([
      example.api.report.portfolio(RANGE),
      example.api.report.series({ ...RANGE, by: 'vendor', perMonth: false }),
      example.api.report.series({ ...RANGE, by: 'type', perMonth: false }),
    ]);
    expect(byVendor.map((v) => [v.key, v.netCost])).toEqual([
      ['Acme Services', '547210.98'],
      ['Insight Partners', '152750.00'],
    ]);
    const kpo = byType.find((t) => t.key === 'KPO');
    expect(kpo?.insight).toEqual(report.insight);
    expect(byType.find((t) => t.key === 'BPO')?.savings).toBe('238858.02');
  });

  it('explains every credit in the ledger', async () => {
    const ledger = await example.api.report.creditLedger(RANGE);
    expect(
      ledger.map((c) => [
        c.period,
        c.engagement,
        c.sla,
        c.amount,
        c.currency,
        c.reportingAmount,
        c.status,
        c.capped,
      ]),
    ).toEqual([
      ['2025-01', 'ENG-003', 'OTD', '500.00', 'GBP', '625.00', 'earned_back', false],
      ['2025-02', 'ENG-001', 'ABN', '5310.13', 'USD', '5310.13', 'owed', true],
      ['2025-02', 'ENG-001', 'ASA', '5310.12', 'USD', '5310.12', 'owed', true],
      ['2025-03', 'ENG-002', 'ACC', '1875.00', 'EUR', '2025.00', 'earned_back', false],
      ['2025-04', 'ENG-001', 'ASA', '6000.00', 'USD', '6000.00', 'owed', false],
      ['2025-05', 'ENG-003', 'OTD', '500.00', 'GBP', '650.00', 'pending', false],
    ]);
    const feb = ledger[1];
    expect(feb).toMatchObject({
      creditBase: '106202.50',
      atRisk: '10620.25',
      allocationPct: 60,
      exactShare: '5310.1250',
    });
    expect(ledger[3]?.deciding).toEqual([
      { period: '2025-04', status: 'met' },
      { period: '2025-05', status: 'met' },
    ]);
    expect(ledger[5]?.reason).toBe('awaiting_measurements');
  });

  it('draws the SLA grid with unreported months and months an engagement did not run', async () => {
    const grid = await example.api.report.slaGrid(RANGE);
    expect(grid.truncated).toBe(false);
    expect(grid.rows.map((r) => `${r.engagement}/${r.code}`)).toEqual([
      'ENG-001/ABN',
      'ENG-001/ASA',
      'ENG-001/CSAT',
      'ENG-002/ACC',
      'ENG-003/OTD',
      'ENG-003/QS',
    ]);
    const csat = grid.rows[2];
    expect(csat?.cells.map((c) => c.status)).toEqual([
      'met',
      'missed',
      'met',
      'unreported',
      'met',
      'unreported',
    ]);
    const acc = grid.rows[3];
    expect(acc?.cells.map((c) => c.status)).toEqual([null, null, 'missed', 'met', 'met', null]);
    const cut = await example.api.report.slaGrid({ ...RANGE, limit: 2 });
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.rows).toHaveLength(2);
  });
});
