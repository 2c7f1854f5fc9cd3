import { type DbHandle, seedDemo } from '@portfolio/db';
import { ALERTS_EXAMPLE_TODAY, testDatabases, writeAlertsExample } from '@portfolio/db/testing';
import { ALERT_KINDS } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalOf, testCaller } from './test-caller.ts';

// The alerts of the hand-worked example (packages/db/src/testing/alerts-example.ts) on 2026-11-15: every figure below
// follows from the fixture's comments. Fiscal year = calendar year, reporting currency USD.
const EXPECTED = [
  ['chronic:ENG-103/OTD', 'critical', 3],
  ['missing:ENG-101', 'critical', 3],
  ['renewal:ENG-103', 'critical', 3],
  ['budget:ENG-102', 'critical', 20],
  ['deliverable:ENG-103/D5', 'critical', 3],
  ['at-risk:ENG-101/SVL', 'warning', 0.5909],
  ['at-risk:ENG-102/ACC', 'warning', 0.3],
  ['chronic:ENG-101/ASA', 'warning', 4],
  ['renewal:ENG-104', 'warning', 2],
  ['budget:vendor:Acme Services', 'warning', 4.3137],
  ['deliverable:ENG-103/D1', 'warning', 2],
  ['deliverable:ENG-103/D8', 'warning', 2],
  ['renewal:ENG-105', 'info', 1],
  ['deliverable:ENG-103/D2', 'info', 1],
  ['deliverable:ENG-103/D3', 'info', 1],
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe.each(testDatabases())('alerts on the worked example, on $name', ({ open }) => {
  let handle: DbHandle;
  let api: ReturnType<typeof testCaller>;
  const as = (role: 'ops' | 'finance' | 'viewer') =>
    testCaller(handle, ALERTS_EXAMPLE_TODAY, { principal: principalOf(role) });
  beforeAll(async () => {
    handle = await open();
    await writeAlertsExample(handle.db);
    api = testCaller(handle, ALERTS_EXAMPLE_TODAY);
  });
  afterAll(() => handle.close());

  it('raises each rule’s alerts, most severe first, and counts them', async () => {
    const list = await api.alerts.list();
    expect(list.today).toBe('2026-11-15');
    expect(list.alerts.map((a) => [a.key, a.severity, a.magnitude])).toEqual(EXPECTED);
    expect(list.alerts.every((a) => a.state === 'open' && a.acknowledgement === null)).toBe(true);
    expect(list.counts).toEqual({ critical: 5, warning: 7, info: 3, shown: 15, acknowledged: 0 });
    expect(await api.alerts.count()).toEqual(list.counts);
    expect(list.canAcknowledge).toEqual({ operations: true, finance: true });
  });

  it('explains each alert with its figures and links to the evidence', async () => {
    const { alerts } = await api.alerts.list();
    const byKey = new Map(alerts.map((a) => [a.key, a]));
    expect(byKey.get('at-risk:ENG-101/SVL')).toMatchObject({
      link: '/slas/ENG-101/SVL?range=custom&from=2025-12&to=2026-11',
      data: {
        basis: 'month_to_date',
        rateSoFar: 70,
        expectedVolume: 42_000,
        remainingVolume: 22_000,
        neededRate: 89.0909,
        bestRecent: 88.5,
      },
    });
    expect(byKey.get('missing:ENG-101')).toMatchObject({
      title: 'ENG-101 · Customer care: 3 SLA reports missing',
      detail: 'Acme Services has not reported CSAT (Customer satisfaction): Aug, Sep and Oct 2026.',
      link: '/engagements/ENG-101?range=custom&from=2025-12&to=2026-11',
      data: { slaMonths: 3, daysSinceClosed: 76 },
    });
    expect(byKey.get('at-risk:ENG-102/ACC')).toMatchObject({
      data: {
        basis: 'trend',
        points: 3,
        fittedLastMonth: 99.6,
        projectedThisMonth: 99.4,
        projectedNextMonth: 99.2,
      },
    });
    expect(byKey.get('chronic:ENG-101/ASA')).toMatchObject({
      link: '/slas/ENG-101/ASA?range=custom&from=2025-11&to=2026-11',
      data: { misses: 4, breached: 1, failedMonths: ['2025-12', '2026-03', '2026-06', '2026-09'] },
    });
    expect(byKey.get('budget:ENG-102')?.data).toMatchObject({
      budget: '33000.00',
      actual: '33000.00',
      forecast: '39600.00',
      overrun: '6600.00',
    });
    expect(byKey.get('budget:vendor:Acme Services')?.link).toBe('/spend?range=fy&vendor=Acme+Services');
    expect(byKey.get('renewal:ENG-103')?.title).toBe(
      'ENG-103 · Market research ends in 30 days (Dec 15, 2026)',
    );
    expect(byKey.get('deliverable:ENG-103/D8')?.data).toMatchObject({ stage: 'overdue', daysOverdue: 2 });
    // ENG-101 runs exactly on budget: no alert.
    expect(byKey.has('budget:ENG-101')).toBe(false);
  });

  it('applies the engagement filter', async () => {
    const { alerts } = await api.alerts.list({ vendors: ['Insight Partners'] });
    expect(alerts.every((a) => a.subject.vendor === 'Insight Partners')).toBe(true);
    expect(alerts.map((a) => a.key)).toContain('renewal:ENG-105');
    expect((await api.alerts.count({ types: ['BPO'] })).shown).toBe(8);
  });

  it('takes today from the context clock', async () => {
    const later = testCaller(handle, '2026-12-16');
    const keys = (await later.alerts.list()).alerts.map((a) => a.key);
    expect(keys).not.toContain('renewal:ENG-103');
    expect(keys).toContain('renewal:ENG-104');
  });

  it('sets the last 12 months’ evidence beside each renewal', async () => {
    const renewals = await api.alerts.renewals();
    expect(renewals.range).toEqual({ from: '2025-12', to: '2026-11' });
    expect(renewals.rows.map((r) => [r.engagement, r.daysLeft, r.window])).toEqual([
      ['ENG-103', 30, 30],
      ['ENG-104', 31, 60],
      ['ENG-105', 90, 90],
    ]);
    expect(renewals.rows[0]?.evidence).toMatchObject({
      charges: '0.00',
      creditsOwed: '0.00',
      sla: { met: 1, missed: 3, breached: 0, unreported: 8, attainmentPct: 25 },
      savings: null,
      insight: {
        delivered: 1,
        onTimePct: 100,
        meanQuality: 4,
        adoptionPct: 100,
        valueRealized: '1250.00',
        overdue: 3,
      },
    });
    expect(renewals.rows[1]?.evidence).toMatchObject({ sla: { attainmentPct: null }, insight: null });
  });

  it('lets operations acknowledge with a comment, recorded in the audit trail, and hides the alert', async () => {
    const acknowledged = await as('ops').alerts.acknowledge({
      key: 'chronic:ENG-101/ASA',
      comment: '  Recovery plan agreed at the October governance  ',
    });
    expect(acknowledged).toMatchObject({
      state: 'acknowledged',
      acknowledgement: {
        magnitude: 4,
        comment: 'Recovery plan agreed at the October governance',
        actor: 'test-ops',
      },
    });
    const list = await api.alerts.list();
    expect(list.alerts.map((a) => a.key)).not.toContain('chronic:ENG-101/ASA');
    expect(list.counts).toMatchObject({ warning: 6, shown: 14, acknowledged: 1 });
    const all = await api.alerts.list({ includeAcknowledged: true });
    expect(all.alerts.find((a) => a.key === 'chronic:ENG-101/ASA')).toMatchObject({ state: 'acknowledged' });

    const [event] = await api.admin.audit({ entity: 'alert' });
    expect(event).toMatchObject({
      actor: 'test-ops',
      action: 'alert.acknowledge',
      entityKey: 'chronic:ENG-101/ASA',
      after: { magnitude: 4, comment: 'Recovery plan agreed at the October governance' },
      detail: { kind: 'chronic_miss', severity: 'warning' },
    });
    const history = await api.audit.history({ engagement: 'ENG-101' });
    expect(history.events.map((e) => e.action)).toContain('alert.acknowledge');
  });

  it('lets finance acknowledge budget alerts, operations the others, and nobody an alert that is not raised', async () => {
    const comment = 'Approved by the CFO';
    expect(await codeOf(as('viewer').alerts.acknowledge({ key: 'renewal:ENG-104', comment }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(as('finance').alerts.acknowledge({ key: 'renewal:ENG-104', comment }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(as('ops').alerts.acknowledgeBudget({ key: 'budget:ENG-102', comment }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(api.alerts.acknowledge({ key: 'budget:ENG-102', comment }))).toBe('BAD_REQUEST');
    expect(await codeOf(api.alerts.acknowledgeBudget({ key: 'renewal:ENG-104', comment }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(api.alerts.acknowledge({ key: 'renewal:ENG-101', comment }))).toBe('NOT_FOUND');
    expect(await codeOf(api.alerts.acknowledge({ key: 'renewal:ENG-104', comment: '   ' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(as('finance').alerts.acknowledgeBudget({ key: 'budget:ENG-102', comment }))).toBe(
      'OK',
    );
    expect((await as('viewer').alerts.list()).canAcknowledge).toEqual({ operations: false, finance: false });
  });

  it('shows an acknowledged alert again once its magnitude grows past the acknowledged one', async () => {
    // October's average speed of answer becomes 40 s: a fifth miss in 12 months.
    await handle.db
      .updateTable('measurements')
      .set({ actual: '40', status: 'missed' })
      .where('period', '=', '2026-10')
      .where('sla_id', 'in', (eb) =>
        eb
          .selectFrom('slas')
          .innerJoin('engagements', 'engagements.id', 'slas.engagement_id')
          .where('engagements.code', '=', 'ENG-101')
          .where('slas.code', '=', 'ASA')
          .select('slas.id'),
      )
      .execute();
    const alert = (await api.alerts.list()).alerts.find((a) => a.key === 'chronic:ENG-101/ASA');
    expect(alert).toMatchObject({ state: 'worsened', magnitude: 5, acknowledgement: { magnitude: 4 } });
  });
});

describe.each(testDatabases())('alerts on the demo portfolio on 2026-11-15, on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await seedDemo(handle.db, { today: '2026-11-15' });
  });
  afterAll(() => handle.close());

  it('raises alerts of every kind, SLAs at risk by month-to-date entries and by trend', async () => {
    const { alerts } = await testCaller(handle, '2026-11-15').alerts.list();
    expect(new Set(alerts.map((a) => a.kind))).toEqual(new Set(ALERT_KINDS));
    const bases = new Set(alerts.flatMap((a) => (a.kind === 'sla_at_risk' ? [a.data.basis] : [])));
    expect(bases).toEqual(new Set(['month_to_date', 'trend']));
    expect(alerts.some((a) => a.key.startsWith('budget:vendor:'))).toBe(true);
  });
});
