import { monthEntrySchema, slaValuesSchema, vendorValuesSchema } from '@portfolio/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { loadEngagementHistory } from './history.ts';
import { loadMonthEntry, saveMonthEntry } from './month-entry-writes.ts';
import { listSlaRecords, type SlaRecord, updateSla } from './sla-writes.ts';
import { createVendor, listVendorRecords, setVendorArchived, updateVendor } from './vendor-writes.ts';
import type { Who } from './write-support.ts';

const OPS: Who = { actor: { userId: null, tokenId: null, label: 'ops@example.com' }, ip: '10.0.0.1' };
const OTHER: Who = { actor: { userId: null, tokenId: null, label: 'other@example.com' }, ip: null };

async function auditCount(db: Db, action?: string): Promise<number> {
  let query = db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) query = query.where('action', '=', action);
  return (await query.executeTakeFirstOrThrow()).n;
}

async function sla(db: Db, engagement: string, code: string): Promise<SlaRecord> {
  const found = (await listSlaRecords(db, engagement)).find((record) => record.values.code === code);
  if (!found) throw new Error(`no SLA ${engagement}/${code}`);
  return found;
}

async function statuses(db: Db, slaId: number) {
  const rows = await db
    .selectFrom('measurements')
    .select(['period', 'status', 'version'])
    .where('sla_id', '=', slaId)
    .orderBy('period')
    .execute();
  return rows.map((row) => `${row.period} ${row.status} v${row.version}`);
}

// Long on purpose: the versioned writes of every entity (create, change, stale version, archive, audit) against
// one database, one case per rule of the write path.
describe.each(testDatabases())('writes with version checks and audit on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    await db.deleteFrom('audit_events').execute();
    await db.deleteFrom('measurements').execute();
    await db.deleteFrom('charges').execute();
    await db.deleteFrom('deliverables').execute();
    await db.deleteFrom('slas').execute();
    await db.deleteFrom('engagements').execute();
    await db.deleteFrom('vendors').execute();
    await db.deleteFrom('fx_rates').execute();
    await writeWorkedExample(db);
  });

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

  it('saves a month of measurements all or nothing, an audit event per measurement changed', async () => {
    const before = await loadMonthEntry(db, 'ENG-001', '2025-04');
    if (!before) throw new Error('no ENG-001');
    expect(before.creditableCharges).toBe('100000.00');
    expect(before.slas.map((s) => [s.code, s.measurement?.values.actual ?? null])).toEqual([
      ['ABN', '5'],
      ['ASA', '50'],
      ['CSAT', null],
    ]);
    const version = (code: string) => before.slas.find((s) => s.code === code)?.measurement?.version ?? null;
    const saved = await saveMonthEntry(
      db,
      OPS,
      monthEntrySchema.parse({
        engagement: 'ENG-001',
        period: '2025-04',
        rows: [
          { sla: 'ABN', version: version('ABN'), values: { actual: '5', source: 'vendor report' } },
          { sla: 'ASA', version: version('ASA'), values: { actual: '40', source: 'vendor report' } },
          { sla: 'CSAT', version: null, values: { actual: '88', source: 'survey' } },
        ],
      }),
    );
    if (!saved.ok) throw new Error(`not saved: ${JSON.stringify(saved)}`);
    expect(saved.record.slas.map((s) => [s.code, s.measurement?.status, s.measurement?.version])).toEqual([
      ['ABN', 'met', 1],
      ['ASA', 'missed', 2],
      ['CSAT', 'met', 1],
    ]);
    const actions = await db
      .selectFrom('audit_events')
      .select(['action', 'entity_key'])
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { action: 'measurement.update', entity_key: 'ENG-001/ASA/2025-04' },
      { action: 'measurement.create', entity_key: 'ENG-001/CSAT/2025-04' },
    ]);

    // The grid still holds the versions it was filled with: the whole save is refused, and nothing written.
    const stale = await saveMonthEntry(
      db,
      OTHER,
      monthEntrySchema.parse({
        engagement: 'ENG-001',
        period: '2025-04',
        rows: [
          { sla: 'ABN', version: version('ABN'), values: { actual: '9' } },
          { sla: 'ASA', version: version('ASA'), values: { actual: '60' } },
          { sla: 'CSAT', version: null, values: {} },
        ],
      }),
    );
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', keys: ['ASA', 'CSAT'] });
    expect(await auditCount(db)).toBe(2);
    const after = await loadMonthEntry(db, 'ENG-001', '2025-04');
    expect(after?.slas.map((s) => s.measurement?.values.actual)).toEqual(['5', '40', '88']);

    // Clearing a row removes its measurement: the month is unreported again.
    const cleared = await saveMonthEntry(
      db,
      OPS,
      monthEntrySchema.parse({
        engagement: 'ENG-001',
        period: '2025-04',
        rows: [{ sla: 'CSAT', version: 1, values: { actual: '' } }],
      }),
    );
    expect(cleared).toMatchObject({ ok: true, changed: true });
    expect(await auditCount(db, 'measurement.delete')).toBe(1);
  });

  it('refuses a month for an SLA not in force on the engagement, naming the row', async () => {
    const result = await saveMonthEntry(
      db,
      OPS,
      monthEntrySchema.parse({
        engagement: 'ENG-001',
        period: '2025-04',
        rows: [{ sla: 'ACC', version: null, values: { actual: '99' } }],
      }),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'rows.0.sla', message: 'no SLA ACC in force on ENG-001' }],
    });
  });

  it('refuses an actual its SLA’s unit cannot have, naming the row, and writes none of the month', async () => {
    const before = await loadMonthEntry(db, 'ENG-001', '2025-05');
    const result = await saveMonthEntry(
      db,
      OPS,
      monthEntrySchema.parse({
        engagement: 'ENG-001',
        period: '2025-05',
        rows: [
          { sla: 'ABN', version: before?.slas[0]?.measurement?.version ?? null, values: { actual: '4' } },
          { sla: 'ASA', version: before?.slas[1]?.measurement?.version ?? null, values: { actual: '-3' } },
        ],
      }),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [
        { path: 'rows.1.values.actual', message: '-3 is negative: a duration in seconds cannot be below 0' },
      ],
    });
    expect(await loadMonthEntry(db, 'ENG-001', '2025-05')).toEqual(before);
    expect(await auditCount(db)).toBe(0);
  });

  it('gathers an engagement’s history: its SLAs’ and measurements’ changes, latest first', async () => {
    const asa = await sla(db, 'ENG-001', 'ASA');
    await updateSla(db, OPS, {
      id: asa.id,
      version: asa.version,
      values: slaValuesSchema.parse({ ...asa.values, name: 'Speed of answer' }),
    });
    await saveMonthEntry(
      db,
      OTHER,
      monthEntrySchema.parse({
        engagement: 'ENG-001',
        period: '2025-06',
        rows: [{ sla: 'ASA', version: null, values: { actual: '29' } }],
      }),
    );
    const acc = await sla(db, 'ENG-002', 'ACC');
    await updateSla(db, OPS, {
      id: acc.id,
      version: acc.version,
      values: slaValuesSchema.parse({ ...acc.values, name: 'Accuracy' }),
    });
    const history = await loadEngagementHistory(db, 'ENG-001', { limit: 50 });
    expect(history?.events.map((event) => [event.actor, event.action, event.entityKey])).toEqual([
      ['other@example.com', 'measurement.create', 'ENG-001/ASA/2025-06'],
      ['ops@example.com', 'sla.update', 'ENG-001/ASA'],
    ]);
    expect(await loadEngagementHistory(db, 'ENG-999', { limit: 50 })).toBeUndefined();
  });
});
