import { testDatabases } from '@portfolio/db/testing';
import type { Role } from '@portfolio/domain';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers/app-router.ts';
import { useRecordsApi } from './records-api.ts';
import { conflictOf, expectRefused, issuesOf } from './write-helpers.ts';

// Every mutation of the data-entry procedures on the worked example: success, each kind of bad input (a clear
// error by field, nothing written), a stale version (CONFLICT with the current values, nothing written) and the
// wrong role (FORBIDDEN, nothing written).
// This file: every mutation.
describe.each(testDatabases())('data entry procedures on $name: every mutation', ({ open }) => {
  const api = useRecordsApi(open);

  describe('every mutation', () => {
    // Each mutation and the permission that owns it: the roles without it are refused before the input is read,
    // and input that is not even the right shape is refused by the schema; nothing is written either way.
    const MUTATIONS: [path: string, owner: 'operations' | 'finance'][] = [
      ['vendors.create', 'operations'],
      ['vendors.update', 'operations'],
      ['vendors.archive', 'operations'],
      ['vendors.restore', 'operations'],
      ['engagements.create', 'operations'],
      ['engagements.update', 'operations'],
      ['engagements.archive', 'operations'],
      ['engagements.setBudget', 'finance'],
      ['slas.create', 'operations'],
      ['slas.update', 'operations'],
      ['slas.archive', 'operations'],
      ['slas.restore', 'operations'],
      ['measurements.saveMonth', 'operations'],
      ['measurements.create', 'operations'],
      ['measurements.update', 'operations'],
      ['measurements.delete', 'operations'],
      ['deliverables.create', 'operations'],
      ['deliverables.update', 'operations'],
      ['deliverables.delete', 'operations'],
      ['charges.create', 'finance'],
      ['charges.update', 'finance'],
      ['charges.delete', 'finance'],
      ['fxRates.create', 'finance'],
      ['fxRates.update', 'finance'],
      ['fxRates.delete', 'finance'],
    ];
    const callAt = (caller: ReturnType<typeof api.as>, path: string, input: unknown) => {
      let target: unknown = caller.records;
      for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
      return (target as (input: unknown) => Promise<unknown>)(input);
    };

    it('lists every data-entry mutation of the router', () => {
      const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
      const mutations = Object.entries(procedures)
        .filter(([path, procedure]) => path.startsWith('records.') && procedure._def.type === 'mutation')
        .map(([path]) => path.slice('records.'.length));
      expect(mutations.sort()).toEqual(MUTATIONS.map(([path]) => path).sort());
    });

    it.each(MUTATIONS)(
      'refuses %s to the roles without %s permission, writing nothing',
      async (path, owner) => {
        const refused: Role[] = owner === 'operations' ? ['finance', 'viewer'] : ['ops', 'viewer'];
        for (const role of refused) {
          const error = await expectRefused(
            api.handle.db,
            () => callAt(api.as(role), path, { id: 1, version: 1 }),
            'FORBIDDEN',
          );
          expect(error.message).toBe(`The ${role} role may not do this`);
        }
        const allowed: Role = owner === 'operations' ? 'ops' : 'finance';
        const bad = await expectRefused(
          api.handle.db,
          () => callAt(api.as(allowed), path, { id: 'one' }),
          'BAD_REQUEST',
        );
        expect(Object.keys(issuesOf(bad)).length).toBeGreaterThan(0);
      },
    );

    it('refuses every change made on a stale version with CONFLICT, writing nothing', async () => {
      const stale = (call: () => Promise<unknown>) => expectRefused(api.handle.db, call, 'CONFLICT');

      const vendor = (await api.ops.records.vendors.list()).find((v) => v.archivedAt === null);
      if (!vendor) throw new Error('no vendor');
      await api.ops.records.vendors.update({ ...vendor, values: { ...vendor.values, notes: 'reviewed' } });
      await stale(() =>
        api.ops.records.vendors.update({ id: vendor.id, version: vendor.version, values: vendor.values }),
      );
      await stale(() => api.ops.records.vendors.archive({ id: vendor.id, version: vendor.version }));
      await stale(() => api.ops.records.vendors.restore({ id: vendor.id, version: vendor.version }));

      const engagement = await api.ops.records.engagements.get({ code: 'ENG-003' });
      await api.ops.records.engagements.update({
        id: engagement.id,
        version: engagement.version,
        values: { ...engagement.values, owner: 'Dana' },
      });
      await stale(() =>
        api.ops.records.engagements.update({
          id: engagement.id,
          version: engagement.version,
          values: engagement.values,
        }),
      );
      await stale(() =>
        api.ops.records.engagements.archive({ id: engagement.id, version: engagement.version }),
      );
      await stale(() =>
        api.finance.records.engagements.setBudget({
          id: engagement.id,
          version: engagement.version,
          annualBudget: '1000.00',
        }),
      );

      const sla = (await api.ops.records.slas.list({ engagement: 'ENG-003' }))[0];
      if (!sla) throw new Error('no SLA');
      await api.ops.records.slas.update({
        id: sla.id,
        version: sla.version,
        values: { ...sla.values, name: 'Renamed' },
      });
      await stale(() =>
        api.ops.records.slas.update({ id: sla.id, version: sla.version, values: sla.values }),
      );
      await stale(() => api.ops.records.slas.archive({ id: sla.id, version: sla.version }));
      await stale(() => api.ops.records.slas.restore({ id: sla.id, version: sla.version }));

      const month = await api.ops.records.measurements.month({ engagement: 'ENG-003', period: '2025-01' });
      const measured = month.slas.find((s) => s.measurement !== null)?.measurement;
      if (!measured) throw new Error('no measurement');
      await api.ops.records.measurements.update({
        id: measured.id,
        version: measured.version,
        values: { ...measured.values, note: 'checked' },
      });
      await stale(() =>
        api.ops.records.measurements.update({
          id: measured.id,
          version: measured.version,
          values: measured.values,
        }),
      );
      await stale(() => api.ops.records.measurements.delete({ id: measured.id, version: measured.version }));
      await stale(() =>
        api.ops.records.measurements.saveMonth({
          engagement: 'ENG-003',
          period: '2025-01',
          rows: [{ sla: measured.values.sla, version: measured.version, values: { actual: '1' } }],
        }),
      );

      const charge = (
        await api.finance.records.charges.list({ engagement: 'ENG-003', from: '2025-01', to: '2025-01' })
      )[0];
      if (!charge) throw new Error('no charge');
      await api.finance.records.charges.update({
        ...charge,
        values: { ...charge.values, amount: '20000.01' },
      });
      await stale(() => api.finance.records.charges.update({ ...charge, values: charge.values }));
      await stale(() => api.finance.records.charges.delete({ id: charge.id, version: charge.version }));

      const deliverable = (await api.ops.records.deliverables.list({ engagement: 'ENG-003' }))[0];
      if (!deliverable) throw new Error('no deliverable');
      await api.ops.records.deliverables.update({
        ...deliverable,
        values: { ...deliverable.values, kind: 'report' },
      });
      await stale(() => api.ops.records.deliverables.update({ ...deliverable, values: deliverable.values }));
      await stale(() =>
        api.ops.records.deliverables.delete({ id: deliverable.id, version: deliverable.version }),
      );

      const rate = (
        await api.finance.records.fxRates.list({ currency: 'EUR', from: '2025-01', to: '2025-01' })
      )[0];
      if (!rate) throw new Error('no rate');
      await api.finance.records.fxRates.update({
        version: rate.version,
        values: { ...rate.values, rate: '1.051' },
      });
      await stale(() => api.finance.records.fxRates.update({ version: rate.version, values: rate.values }));
      await stale(() => api.finance.records.fxRates.delete({ ...rate.values, version: rate.version }));
    });
  });

  it('of two concurrent edits of the same SLA, one wins, the other gets the conflict; one change audited', async () => {
    const abn = (await api.ops.records.slas.list({ engagement: 'ENG-001' })).find(
      (s) => s.values.code === 'ABN',
    );
    if (!abn) throw new Error('no ABN');
    const { n: eventsBefore } = await api.handle.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_key', '=', 'ENG-001/ABN')
      .executeTakeFirstOrThrow();
    const edit = (role: Role, expected: string) =>
      api
        .as(role)
        .records.slas.update({ id: abn.id, version: abn.version, values: { ...abn.values, expected } });
    const outcomes = await Promise.allSettled([edit('ops', '4.5'), edit('admin', '5.5')]);
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ code: 'CONFLICT' });
    const winner = won[0]?.status === 'fulfilled' ? won[0].value.record : null;
    expect(conflictOf(lost[0]).current).toEqual(winner);
    const events = await api.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_key', '=', 'ENG-001/ABN')
      .orderBy('id')
      .execute();
    expect(events.length - eventsBefore).toBe(1);
    expect(events.at(-1)).toMatchObject({
      action: 'sla.update',
      before: { expected: '5', version: abn.version },
      after: { expected: winner?.values.expected, version: abn.version + 1 },
    });
    const stored = await api.handle.db
      .selectFrom('slas')
      .select('version')
      .where('id', '=', abn.id)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(abn.version + 1);
  });
});
