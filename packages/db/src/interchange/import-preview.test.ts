import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { loadEngagementHistory } from '../queries/history.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { ImportRejectedError } from './import-errors.ts';
import { importCsv, previewCsv } from './import-files.ts';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const ACTOR = { userId: null, tokenId: null, label: 'ops@example.com' };

const MEASUREMENTS = csv(
  'engagement,sla,period,actual,source',
  'ENG-001,ASA,2025-06,29,vendor report',
  'ENG-001,ABN,2025-06,9,vendor report',
  'ENG-001,ASA,2025-05,25,vendor report',
);

async function measurementCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('measurements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

describe.each(testDatabases())('import preview and the import audit event on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
    await writeWorkedExample(db);
  });
  afterAll(() => handle.close());

  it('previews a good file with the import’s own counts, and writes nothing', async () => {
    const count = await measurementCount(db);
    const preview = await previewCsv(db, 'measurements.csv', MEASUREMENTS);
    expect(preview).toMatchObject({
      file: 'measurements.csv',
      header: ['engagement', 'sla', 'period', 'actual', 'source'],
      rows: 3,
      errors: [],
      errorCount: 0,
      badRows: 0,
      counts: { file: 'measurements.csv', rows: 3, inserted: 2, updated: 0, unchanged: 1 },
    });
    expect(preview.sample.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(await measurementCount(db)).toBe(count);
  });

  it('marks every bad row of a preview, naming unknown keys as the import would', async () => {
    const preview = await previewCsv(
      db,
      'measurements.csv',
      csv(
        'engagement,sla,period,actual',
        'ENG-001,ASA,2025-06,29',
        'ENG-001,XYZ,2025-06,1',
        'ENG-001,ABN,2025-13,fast',
        'ENG-999,ABN,2025-06,1',
      ),
      { sampleRows: 1 },
    );
    expect(preview.errors).toEqual([
      { line: 3, column: 'sla', reason: 'unknown SLA "XYZ" of engagement ENG-001' },
      { line: 4, column: 'period', reason: '"2025-13" is not a month (YYYY-MM)' },
      { line: 4, column: 'actual', reason: '"fast" is not a number (a number like 1234.50)' },
      { line: 5, column: 'engagement', reason: 'unknown engagement "ENG-999"' },
    ]);
    expect(preview).toMatchObject({ rows: 4, errorCount: 4, badRows: 3, counts: null });
    // The first row, and every bad row.
    expect(preview.sample.map((row) => row.line)).toEqual([2, 3, 4, 5]);
  });

  it('records an import as one audit event with its counts, in the import’s transaction', async () => {
    const count = await importCsv(db, 'measurements.csv', MEASUREMENTS, {
      audit: { actor: ACTOR, ip: '10.1.1.1' },
    });
    expect(count).toEqual({ file: 'measurements.csv', rows: 3, inserted: 2, updated: 0, unchanged: 1 });
    const events = await db
      .selectFrom('audit_events')
      .select(['actor', 'action', 'entity', 'entity_key', 'detail', 'ip'])
      .where('action', '=', 'import')
      .execute();
    expect(events).toEqual([
      {
        actor: 'ops@example.com',
        action: 'import',
        entity: 'import',
        entity_key: 'measurements.csv',
        detail: { ...count, engagements: ['ENG-001'] },
        ip: '10.1.1.1',
      },
    ]);
    const history = await loadEngagementHistory(db, 'ENG-001', { limit: 10 });
    expect(history?.events.map((event) => event.action)).toEqual(['import']);
    const other = await loadEngagementHistory(db, 'ENG-002', { limit: 10 });
    expect(other?.events).toEqual([]);
  });

  it('a rejected import records no event', async () => {
    await expect(
      importCsv(db, 'measurements.csv', csv('engagement,sla,period,actual', 'ENG-001,ASA,2025-07,x'), {
        audit: { actor: ACTOR },
      }),
    ).rejects.toBeInstanceOf(ImportRejectedError);
    const events = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(events.n).toBe(1);
  });
});
