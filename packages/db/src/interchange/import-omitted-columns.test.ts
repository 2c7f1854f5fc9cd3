import { formatInterchangeError } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { csv, files, rejection, statuses } from '../testing/import-example-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { exportAll } from './export-all.ts';
import { importCsv, importFiles } from './import-files.ts';

describe.each(testDatabases())('a file that leaves optional columns out, on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
    await importFiles(db, files());
    await db.updateTable('engagements').set({ status: 'archived' }).where('code', '=', 'ENG-002').execute();
  });
  afterAll(() => handle.close());

  it('keeps the stored values of the columns it leaves out, and writes the ones it gives', async () => {
    // A vendor's monthly report: actuals only. The note and source entered before stay.
    const counts = await importCsv(
      db,
      'measurements.csv',
      csv('engagement,sla,period,actual', 'ENG-001,ASA,2025-03,58', 'ENG-001,ASA,2025-04,20'),
    );
    expect(counts).toEqual({ file: 'measurements.csv', rows: 2, inserted: 1, updated: 1, unchanged: 0 });
    const rows = await db
      .selectFrom('measurements as m')
      .innerJoin('slas as s', 's.id', 'm.sla_id')
      .where('s.code', '=', 'ASA')
      .where('m.period', 'in', ['2025-03', '2025-04'])
      .select(['m.period', 'm.actual', 'm.status', 'm.source', 'm.note'])
      .orderBy('m.period')
      .execute();
    expect(rows).toEqual([
      {
        period: '2025-03',
        actual: '58',
        status: 'missed',
        source: 'vendor report',
        note: 'late, see ticket',
      },
      { period: '2025-04', actual: '20', status: 'met', source: null, note: null },
    ]);

    // Engagement terms without status, at-risk or baseline columns: the archived one stays archived, the
    // credit terms stay as they were.
    await importCsv(
      db,
      'engagements.csv',
      csv(
        'code,name,vendor,type,service_line,location,start_date,currency',
        'ENG-001,Customer support (renamed),Acme Services,BPO,customer_support,offshore,2025-01-01,USD',
        'ENG-002,Market research,"Beta, Inc.",KPO,market_research,nearshore,2025-01-01,EUR',
      ),
    );
    const engagements = await db
      .selectFrom('engagements')
      .select(['code', 'name', 'status', 'at_risk_pct', 'baseline_monthly_cost', 'end_date'])
      .orderBy('code')
      .execute();
    expect(engagements).toEqual([
      {
        code: 'ENG-001',
        name: 'Customer support (renamed)',
        status: 'active',
        at_risk_pct: '10.00',
        baseline_monthly_cost: '50000.00',
        end_date: null,
      },
      {
        code: 'ENG-002',
        name: 'Market research',
        status: 'archived',
        at_risk_pct: '0.00',
        baseline_monthly_cost: null,
        end_date: '2025-12-31',
      },
    ]);

    // A file of names alone changes no stored vendor and adds the new one.
    expect(await importCsv(db, 'vendors.csv', csv('name', 'Acme Services', 'Gamma Ltd'))).toEqual({
      file: 'vendors.csv',
      rows: 2,
      inserted: 1,
      updated: 0,
      unchanged: 1,
    });
  });

  it('judges an SLA with its stored minimum when the file leaves the minimum out', async () => {
    // ASA (lower is better): expected 30 s becomes 55 s, the minimum stays 60 s. February's 45 s turns from
    // missed to met; March's 58 s still misses 55 within the minimum: missed, as before.
    const counts = await importCsv(
      db,
      'slas.csv',
      csv(
        'engagement,code,name,unit,direction,expected,kind,allocation_pct',
        'ENG-001,ASA,Average speed of answer,seconds,lower_is_better,55,critical,60',
      ),
    );
    expect(counts).toMatchObject({ updated: 1, statusesChanged: 1 });
    const asa = await db
      .selectFrom('slas')
      .select(['expected', 'minimum'])
      .where('code', '=', 'ASA')
      .executeTakeFirstOrThrow();
    expect(asa).toEqual({ expected: '55', minimum: '60' });
    expect(await statuses(db)).toMatchObject({
      'ASA 2025-01': 'met',
      'ASA 2025-02': 'met',
      'ASA 2025-03': 'missed',
      'ASA 2025-04': 'met',
    });
  });

  it('names the column to add when a kept value no longer fits, and writes nothing', async () => {
    const before = await exportAll(db);
    // The stored end date 2025-12-31 would fall before the new start date.
    const error = await rejection(
      importCsv(
        db,
        'engagements.csv',
        csv(
          'code,name,vendor,type,service_line,location,start_date,currency',
          'ENG-002,Market research,"Beta, Inc.",KPO,market_research,nearshore,2026-02-01,EUR',
        ),
      ),
    );
    expect(error.errors.map(formatInterchangeError)).toEqual([
      "line 1, column end_date: the file leaves this column out, so stored values of it are kept, and one of them no longer fits a row's new values; add the column with the values wanted",
    ]);
    expect(await exportAll(db)).toEqual(before);
  });
});
