import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { csv, files, slaMonths } from '../testing/import-example-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { importCsv, importFiles } from './import-files.ts';

// A measurements part whose keys are all new goes in by COPY (upsert.ts, copyWhenAllNew); one with a stored key,
// or one that meets a key another writer committed meanwhile, by the upsert. Either way the outcome is the same.

const HEADER = 'engagement,sla,period,actual,source';

describe.each(testDatabases())('a measurements import of new and stored keys on $name', ({ name, open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
    // ASA has 2025-01..03 stored, CSAT 2025-01..02.
    await importFiles(db, files());
  });
  afterAll(() => handle.close());

  it('takes a file of new months whole, judged and counted as the upsert would', async () => {
    const counts = await importCsv(
      db,
      'measurements.csv',
      csv(HEADER, 'ENG-001,ASA,2025-04,31,vendor report', 'ENG-001,ASA,2025-05,"20.5",vendor report'),
    );
    expect(counts).toEqual({ file: 'measurements.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect((await slaMonths(db, 'ASA')).slice(3)).toEqual([
      { period: '2025-04', actual: '31', status: 'missed', version: 1 },
      { period: '2025-05', actual: '20.5', status: 'met', version: 1 },
    ]);
  });

  it('upserts a file whose months surround a stored one it does not name, leaving that one as it was', async () => {
    const counts = await importCsv(
      db,
      'measurements.csv',
      // CSAT 2025-02 is stored and not in the file, between the file's first and last CSAT month.
      csv(HEADER, 'ENG-001,CSAT,2025-01,92.5,survey', 'ENG-001,CSAT,2025-03,70,survey'),
    );
    expect(counts).toEqual({ file: 'measurements.csv', rows: 2, inserted: 1, updated: 0, unchanged: 1 });
    expect(await slaMonths(db, 'CSAT')).toEqual([
      { period: '2025-01', actual: '92.5', status: 'met', version: 1 },
      { period: '2025-02', actual: '85', status: 'missed', version: 1 },
      { period: '2025-03', actual: '70', status: 'breached', version: 1 },
    ]);
  });

  // Two writers at once need a server: PGlite runs one transaction at a time (no test there, not a skipped one).
  if (name !== 'postgres') return;
  it('upserts a part whose new key another writer committed while the part was being copied in', async () => {
    const writer = await db.startTransaction().execute();
    try {
      await sql`
          insert into measurements (sla_id, period, actual, source, status)
          select id, '2025-06', 50, 'grid', 'missed' from slas where code = 'ASA'`.execute(writer);
      // Not committed yet: the import's look finds nothing stored, and its COPY waits on the writer's row.
      const imported = importCsv(
        db,
        'measurements.csv',
        csv(HEADER, 'ENG-001,ASA,2025-06,28,vendor report', 'ENG-001,ASA,2025-07,29,vendor report'),
      );
      await waitForLockWait(db);
      await writer.commit().execute();
      expect(await imported).toEqual({
        file: 'measurements.csv',
        rows: 2,
        inserted: 1,
        updated: 1,
        unchanged: 0,
      });
    } finally {
      if (!writer.isCommitted) await writer.rollback().execute();
    }
    expect((await slaMonths(db, 'ASA')).slice(5)).toEqual([
      { period: '2025-06', actual: '28', status: 'met', version: 2 },
      { period: '2025-07', actual: '29', status: 'met', version: 1 },
    ]);
  });
});

/** Until a session of this database waits for another's transaction (the import's COPY on the writer's row). */
async function waitForLockWait(db: Db): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'transactionid'`.execute(
      db,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the import never waited for the writer');
}
