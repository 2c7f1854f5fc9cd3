import { slaValuesSchema, vendorValuesSchema } from '@portfolio/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { updateSla } from './sla-writes.ts';
import { createVendor, listVendorRecords, setVendorArchived, updateVendor } from './vendor-writes.ts';
import type { Who } from './write-support.ts';
import { auditCount, OPS, OTHER, rewriteWorkedExample, sla } from './writes.test-helpers.ts';

async function statuses(db: Db, slaId: number) {
  const rows = await db
    .selectFrom('measurements')
    .select(['period', 'status', 'version'])
    .where('sla_id', '=', slaId)
    .orderBy('period')
    .execute();
  return rows.map((row) => `${row.period} ${row.status} v${row.version}`);
}

// The versioned writes of vendors and SLAs (create, change, stale version, archive, audit) against one database, one
// case per rule of the write path; the month entry and the history are in month-entry-writes.test.ts.
describe.each(testDatabases())('writes with version checks and audit on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
  });
  afterAll(() => handle.close());
  beforeEach(() => rewriteWorkedExample(db));

  it('creates and changes a vendor with its audit event; a stale version gets the vendor as it is now', async () => {
    const created = await createVendor(
      db,
      OPS,
      vendorValuesSchema.parse({ name: 'Gamma BPO', country: 'PH' }),
    );
    if (!created.ok) throw new Error('not created');
    expect(created.record).toMatchObject({ version: 1, archivedAt: null, engagements: 0 });

    const first = await updateVendor(db, OPS, {
      id: created.record.id,
      version: 1,
      values: vendorValuesSchema.parse({ name: 'Gamma BPO', country: 'Philippines' }),
    });
    expect(first).toMatchObject({ ok: true, changed: true, record: { version: 2 } });

    const stale = await updateVendor(db, OTHER, {
      id: created.record.id,
      version: 1,
      values: vendorValuesSchema.parse({ name: 'Gamma BPO', country: 'PH', notes: 'mine' }),
    });
    expect(stale).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { version: 2, values: { country: 'Philippines', notes: '' } },
      lastChange: { actor: 'ops@example.com' },
    });

    const events = await db
      .selectFrom('audit_events')
      .select(['actor', 'action', 'entity_key', 'before', 'after', 'ip'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      {
        actor: 'ops@example.com',
        action: 'vendor.create',
        entity_key: 'Gamma BPO',
        before: null,
        after: { name: 'Gamma BPO', country: 'PH', certifications: '', notes: '', version: 1 },
        ip: '10.0.0.1',
      },
      {
        actor: 'ops@example.com',
        action: 'vendor.update',
        entity_key: 'Gamma BPO',
        before: { name: 'Gamma BPO', country: 'PH', certifications: '', notes: '', version: 1 },
        after: { name: 'Gamma BPO', country: 'Philippines', certifications: '', notes: '', version: 2 },
        ip: '10.0.0.1',
      },
    ]);
  });

  it('refuses a duplicate name beside the field, and saving unchanged values writes nothing', async () => {
    const duplicate = await createVendor(db, OPS, vendorValuesSchema.parse({ name: 'Acme Services' }));
    expect(duplicate).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'values.name', message: 'a vendor named "Acme Services" exists already' }],
    });
    const acme = (await listVendorRecords(db)).find((vendor) => vendor.values.name === 'Acme Services');
    if (!acme) throw new Error('no Acme');
    const same = await updateVendor(db, OPS, {
      id: acme.id,
      version: acme.version,
      values: vendorValuesSchema.parse(acme.values),
    });
    expect(same).toMatchObject({ ok: true, changed: false, record: { version: 1 } });
    expect(await auditCount(db)).toBe(0);

    const archived = await setVendorArchived(db, OPS, { id: acme.id, version: 1, archived: true });
    expect(archived).toMatchObject({ ok: true, record: { version: 2, engagements: 3 } });
    if (!archived.ok) throw new Error('not archived');
    expect(archived.record.archivedAt).not.toBeNull();
  });

  it('judges the stored statuses again when an SLA’s levels change, in the same transaction', async () => {
    const asa = await sla(db, 'ENG-001', 'ASA');
    expect(await statuses(db, asa.id)).toEqual([
      '2025-01 met v1',
      '2025-02 missed v1',
      '2025-03 met v1',
      '2025-04 breached v1',
      '2025-05 met v1',
    ]);
    const result = await updateSla(db, OPS, {
      id: asa.id,
      version: asa.version,
      values: slaValuesSchema.parse({ ...asa.values, expected: '28', minimum: '40' }),
    });
    expect(result).toMatchObject({
      ok: true,
      record: { version: 2, values: { expected: '28', minimum: '40' } },
    });
    // 30 misses 28 now; 35 fails 40's… no: lower is better, 35 ≤ 40 so missed; 50 > 40 breached; 25 met; 28 met.
    expect(await statuses(db, asa.id)).toEqual([
      '2025-01 met v1',
      '2025-02 missed v1',
      '2025-03 missed v2',
      '2025-04 breached v1',
      '2025-05 met v1',
    ]);
    const event = await db
      .selectFrom('audit_events')
      .select(['action', 'entity_key', 'detail', 'engagement_id'])
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      action: 'sla.update',
      entity_key: 'ENG-001/ASA',
      detail: { statusesChanged: 1 },
      engagement_id: asa.engagementId,
    });
  });

  it('of two concurrent edits of one SLA, one wins and the other gets the conflict; one audit event', async () => {
    const asa = await sla(db, 'ENG-001', 'ASA');
    const edit = (who: Who, name: string) =>
      updateSla(db, who, {
        id: asa.id,
        version: asa.version,
        values: slaValuesSchema.parse({ ...asa.values, name }),
      });
    const results = await Promise.all([edit(OPS, 'Speed of answer'), edit(OTHER, 'Answer speed')]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const winner = results.find((result) => result.ok);
    const loser = results.find((result) => !result.ok);
    if (!winner?.ok || loser?.ok !== false || loser.reason !== 'conflict') throw new Error('no conflict');
    expect(loser.current.values.name).toBe(winner.record.values.name);
    expect(loser.current.version).toBe(2);
    expect(await auditCount(db, 'sla.update')).toBe(1);
    expect((await sla(db, 'ENG-001', 'ASA')).version).toBe(2);
  });
});
