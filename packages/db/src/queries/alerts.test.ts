import { missingReportWindow, trendSums } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { ALERTS_EXAMPLE_TODAY, writeAlertsExample } from '../testing/alerts-example.ts';
import { testDatabases } from '../testing/test-databases.ts';
import {
  insertAcknowledgement,
  loadAlertFacts,
  loadLatestAcknowledgements,
  loadOpenDeliverables,
  loadRenewalFacts,
} from './alerts.ts';
import { loadMissingReportFacts } from './missing-reports.ts';
import { loadChronicFacts, loadMonthToDateFacts, loadTrendFacts } from './sla-alert-facts.ts';

// The facts of the alerts example (testing/alerts-example.ts) on 2026-11-15, as the SQL groups them.
describe.each(testDatabases())('alert facts on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeAlertsExample(handle.db);
  });
  afterAll(() => handle.close());

  it('finds the month-to-date entry with the volume and best actual of the 3 closed months before it', async () => {
    expect(await loadMonthToDateFacts(handle.db, {}, '2026-11')).toEqual([
      {
        engagement: 'ENG-101',
        engagementName: 'Customer care',
        vendor: 'Acme Services',
        sla: 'SVL',
        slaName: 'Calls answered within 20 s',
        unit: '%',
        direction: 'higher_is_better',
        expected: '80',
        minimum: '75',
        kind: 'critical',
        period: '2026-11',
        numerator: '14000',
        denominator: '20000',
        recentVolumeMonths: 3,
        recentVolume: '126000',
        recentBest: '88.50',
      },
    ]);
  });

  it('finds the closed months of the last three without a report, counting only months the engagement ran', async () => {
    const missing = async (current: string) =>
      (await loadMissingReportFacts(handle.db, {}, missingReportWindow(current), { runningIn: current })).map(
        (f) => [f.engagement, f.sla, f.missing],
      );
    expect(await missing('2026-11')).toEqual([['ENG-101', 'CSAT', ['2026-08', '2026-09', '2026-10']]]);
    // June to August: ENG-102 started on 1 July, so its June is not missing.
    expect(await missing('2026-09')).toEqual([
      ['ENG-101', 'CSAT', ['2026-06', '2026-08']],
      ['ENG-101', 'SVL', ['2026-06', '2026-07']],
      ['ENG-102', 'ACC', ['2026-07']],
      ['ENG-103', 'OTD', ['2026-06']],
    ]);
  });

  it('sums each SLA’s last six closed months for least squares, exactly as the domain sums the same points', async () => {
    const trends = await loadTrendFacts(handle.db, {}, '2026-11');
    expect(trends.map((t) => `${t.engagement}/${t.sla}`)).toEqual([
      'ENG-101/ASA',
      'ENG-101/SVL',
      'ENG-102/ACC',
      'ENG-103/OTD',
    ]);
    const acc = trends.find((t) => t.sla === 'ACC');
    const expected = trendSums([
      { x: -3, y: '100.0' },
      { x: -2, y: '99.8' },
      { x: -1, y: '99.6' },
    ]);
    expect(acc?.sums.n).toBe(3);
    for (const field of ['sumX', 'sumY', 'sumXY', 'sumXX'] as const) {
      expect(Number(acc?.sums[field]), field).toBe(Number(expected[field]));
    }
  });

  it('lists the failed months of the last 12 closed ones for SLAs with at least 3', async () => {
    const chronic = await loadChronicFacts(handle.db, {}, '2026-11');
    expect(chronic.map((c) => [`${c.engagement}/${c.sla}`, c.failures])).toEqual([
      [
        'ENG-101/ASA',
        [
          { period: '2025-12', status: 'missed' },
          { period: '2026-03', status: 'missed' },
          { period: '2026-06', status: 'breached' },
          { period: '2026-09', status: 'missed' },
        ],
      ],
      [
        'ENG-101/CSAT',
        [
          { period: '2026-01', status: 'missed' },
          { period: '2026-04', status: 'missed' },
          { period: '2026-07', status: 'missed' },
        ],
      ],
      [
        'ENG-103/OTD',
        [
          { period: '2026-08', status: 'missed' },
          { period: '2026-09', status: 'missed' },
          { period: '2026-10', status: 'missed' },
        ],
      ],
    ]);
  });

  it('finds engagements ending from today to 90 days ahead, and open deliverables due up to 6 days ahead', async () => {
    const renewals = await loadRenewalFacts(handle.db, {}, ALERTS_EXAMPLE_TODAY);
    expect(renewals.map((r) => [r.engagement, r.endDate])).toEqual([
      ['ENG-103', '2026-12-15'],
      ['ENG-104', '2026-12-16'],
      ['ENG-105', '2027-02-13'],
    ]);
    const open = await loadOpenDeliverables(handle.db, {}, ALERTS_EXAMPLE_TODAY);
    expect(open.map((d) => [d.code, d.dueDate, d.deliveredDate])).toEqual([
      ['D5', '2026-10-15', null],
      ['D8', '2026-11-13', '2026-11-20'],
      ['D1', '2026-11-14', null],
      ['D2', '2026-11-15', null],
      ['D3', '2026-11-21', null],
    ]);
  });

  it('loads budgets with this fiscal year’s charges and rates, and honours the filter', async () => {
    const facts = await loadAlertFacts(handle.db, {}, { today: ALERTS_EXAMPLE_TODAY, fiscalYearStart: 1 });
    expect(facts.budget.terms.map((t) => [t.code, t.annualBudget])).toEqual([
      ['ENG-101', '120000.00'],
      ['ENG-102', '60000.00'],
    ]);
    expect(facts.budget.charges.every((c) => c.period >= '2026-01' && c.period <= '2026-11')).toBe(true);
    expect(facts.budget.charges).toHaveLength(11 + 5);
    const kpo = await loadAlertFacts(
      handle.db,
      { types: ['KPO'] },
      { today: ALERTS_EXAMPLE_TODAY, fiscalYearStart: 1 },
    );
    expect(kpo.monthToDate).toEqual([]);
    expect(kpo.budget.terms).toEqual([]);
    expect(kpo.renewals.map((r) => r.engagement)).toEqual(['ENG-103']);
  });

  it('leaves archived engagements out: they warn of nothing', async () => {
    const settings = { today: ALERTS_EXAMPLE_TODAY, fiscalYearStart: 1 };
    const before = await loadAlertFacts(handle.db, {}, settings);
    expect(before.monthToDate.some((f) => f.engagement === 'ENG-101')).toBe(true);
    expect(before.budget.terms.some((t) => t.code === 'ENG-101')).toBe(true);
    await handle.db
      .updateTable('engagements')
      .set({ status: 'archived' })
      .where('code', '=', 'ENG-101')
      .execute();
    try {
      const facts = await loadAlertFacts(handle.db, {}, settings);
      const named = [
        ...facts.monthToDate,
        ...facts.trends,
        ...facts.chronic,
        ...facts.renewals,
        ...facts.deliverables,
      ].map((fact) => fact.engagement);
      expect(named).not.toContain('ENG-101');
      expect(facts.budget.terms.map((t) => t.code)).not.toContain('ENG-101');
    } finally {
      await handle.db
        .updateTable('engagements')
        .set({ status: 'active' })
        .where('code', '=', 'ENG-101')
        .execute();
    }
  });

  it('loads every rate on record to the fiscal year’s end, so a budget can carry the last one forward', async () => {
    // A rate from before the fiscal year and one entered ahead for December count; one after the year does not.
    const ahead = [
      { currency: 'GBP', period: '2025-12', rate: '1.27' },
      { currency: 'GBP', period: '2026-12', rate: '1.3' },
      { currency: 'GBP', period: '2027-01', rate: '1.31' },
    ];
    await handle.db.insertInto('fx_rates').values(ahead).execute();
    try {
      const facts = await loadAlertFacts(handle.db, {}, { today: ALERTS_EXAMPLE_TODAY, fiscalYearStart: 1 });
      const gbp = facts.budget.fxRates.filter((rate) => rate.currency === 'GBP').map((rate) => rate.period);
      expect(gbp.sort()).toEqual(['2025-12', '2026-11', '2026-12']);
    } finally {
      await handle.db
        .deleteFrom('fx_rates')
        .where('currency', '=', 'GBP')
        .where('period', '<>', '2026-11')
        .execute();
    }
  });

  it('keeps every acknowledgement and gives the latest per key', async () => {
    const actor = { userId: null, tokenId: null, actor: 'test' };
    await insertAcknowledgement(handle.db, {
      ...actor,
      key: 'chronic:ENG-101/ASA',
      magnitude: 4,
      comment: 'first',
    });
    await insertAcknowledgement(handle.db, {
      ...actor,
      key: 'chronic:ENG-101/ASA',
      magnitude: 5,
      comment: 'second',
    });
    await insertAcknowledgement(handle.db, {
      ...actor,
      key: 'at-risk:ENG-101/SVL',
      magnitude: 0.5909,
      comment: 'ok',
    });
    const latest = await loadLatestAcknowledgements(handle.db);
    expect(latest.map((a) => [a.key, a.magnitude, a.comment])).toEqual([
      ['at-risk:ENG-101/SVL', 0.5909, 'ok'],
      ['chronic:ENG-101/ASA', 5, 'second'],
    ]);
    expect(latest[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(
      insertAcknowledgement(handle.db, { ...actor, key: 'chronic:ENG-101/ASA', magnitude: 5, comment: '  ' }),
    ).rejects.toThrow();
  });
});
