import { monthEntrySchema, slaValuesSchema } from '@portfolio/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { loadEngagementHistory } from './history.ts';
import { loadMonthEntry, saveMonthEntry } from './month-entry-writes.ts';
import { updateSla } from './sla-writes.ts';
import { auditCount, OPS, OTHER, rewriteWorkedExample, sla } from './writes.test-helpers.ts';

// The versioned writes of a month of measurements (all or nothing, audit, refusals) and the history they leave, against
// one database, one case per rule of the write path; vendors and SLAs are in writes.test.ts.
describe.each(testDatabases())('writes with version checks and audit on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
  });
  afterAll(() => handle.close());
  beforeEach(() => rewriteWorkedExample(db));

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
