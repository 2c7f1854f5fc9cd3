import { formatInterchangeError } from '@portfolio/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { csv, files, rejection, slaMonths, statuses, versions } from '../testing/import-example-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { exportAll } from './export-all.ts';
import { UnknownInterchangeFileError } from './import-errors.ts';
import { importCsv, importFiles } from './import-files.ts';

// Long on purpose (over 300 lines): every file of the interchange format imported, re-imported, rejected and exported
// on both databases; each rule of the import has its case. The cases run in order on one database that the first one
// fills, so a split would open another database and import the same files into it again.
describe.each(testDatabases())('interchange import on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
  });
  afterAll(() => handle.close());

  it('imports every file in dependency order and counts the rows', async () => {
    const reversed = files().reverse();
    const counts = await importFiles(db, reversed);
    expect(counts).toEqual([
      { file: 'vendors.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
      { file: 'engagements.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
      { file: 'slas.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0, statusesChanged: 0 },
      { file: 'measurements.csv', rows: 5, inserted: 5, updated: 0, unchanged: 0 },
      { file: 'charges.csv', rows: 3, inserted: 3, updated: 0, unchanged: 0 },
      { file: 'deliverables.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
      { file: 'fx_rates.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
    ]);
    const engagement = await db
      .selectFrom('engagements')
      .selectAll()
      .where('code', '=', 'ENG-001')
      .executeTakeFirstOrThrow();
    expect(engagement).toMatchObject({
      status: 'active',
      end_date: null,
      at_risk_pct: '10.00',
      baseline_monthly_cost: '50000.00',
      annual_budget: null,
      version: 1,
    });
    const vendor = await db
      .selectFrom('vendors')
      .selectAll()
      .where('name', '=', 'Beta, Inc.')
      .executeTakeFirstOrThrow();
    expect(vendor).toMatchObject({
      country: 'PH',
      certifications: null,
      notes: 'Two sites; "night shift" only',
    });
  });

  it('stores each measurement with the status of its actual against its SLA', async () => {
    expect(await statuses(db)).toEqual({
      'ASA 2025-01': 'met',
      'ASA 2025-02': 'missed',
      'ASA 2025-03': 'breached',
      'CSAT 2025-01': 'met',
      'CSAT 2025-02': 'missed',
    });
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await versions(db);
    const counts = await importFiles(db, files());
    for (const count of counts) {
      expect(count).toMatchObject({ inserted: 0, updated: 0, unchanged: count.rows });
    }
    expect(await versions(db)).toEqual(before);
  });

  it('rewrites only the rows whose values changed', async () => {
    const counts = await importCsv(
      db,
      'measurements.csv',
      csv(
        'engagement,sla,period,actual,source',
        'ENG-001,ASA,2025-01,25.0,vendor report',
        'ENG-001,ASA,2025-02,29,vendor report',
        'ENG-001,ASA,2025-04,31,vendor report',
      ),
    );
    expect(counts).toEqual({ file: 'measurements.csv', rows: 3, inserted: 1, updated: 1, unchanged: 1 });
    expect(await slaMonths(db, 'ASA')).toEqual([
      { period: '2025-01', actual: '25', status: 'met', version: 1 },
      { period: '2025-02', actual: '29', status: 'met', version: 2 },
      { period: '2025-03', actual: '75.5', status: 'breached', version: 1 },
      { period: '2025-04', actual: '31', status: 'missed', version: 1 },
    ]);
  });

  it('rejects a file with bad rows, naming every one, and writes none of it', async () => {
    const before = await exportAll(db);
    const beforeVersions = await versions(db);
    const error = await rejection(
      importCsv(
        db,
        'charges.csv',
        csv(
          'engagement,invoice,period,category,amount',
          'ENG-001,INV-2,2025-02,base,40000',
          'ENG-404,INV-2,2025-02,base,100',
          'ENG-001,INV-2,2025-13,bonus,-5',
          'ENG-001,INV-2,2025-02,one_off,-5',
          'ENG-001,INV-2,2025-02,volume,12.345',
          'ENG-001,INV-2,2025-02,base,41000',
          'ENG-001,INV-2,2025-03,base',
        ),
      ),
    );
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.file).toBe('charges.csv');
    expect(error.badRows).toBe(5);
    expect(error.errors.map(formatInterchangeError)).toEqual([
      'line 3, column engagement: unknown engagement "ENG-404"',
      'line 4, column period: "2025-13" is not a month (YYYY-MM)',
      'line 4, column category: "bonus" is not a charge category: expected base, volume, one_off or pass_through',
      'line 6, column amount: "12.345" has more than 2 decimals',
      'line 7: duplicate key engagement "ENG-001", invoice "INV-2", period "2025-02", category "base": also on line 2',
      'line 8: has 4 cells where the header has 5 columns',
    ]);
    expect(error.message.split('\n')[0]).toBe('charges.csv: rejected, 5 bad rows');
    expect(await exportAll(db)).toEqual(before);
    expect(await versions(db)).toEqual(beforeVersions);
  });

  it('imports a file of several parts whole, or for one bad row in its last part, none of it', async () => {
    // 45,000 measurements (2.5 MB, read in ten pieces): five parts of the pipelined import (2,000, 4,000, 8,000,
    // 16,000 and the rest), months from the year 5000 on (none stored).
    const months = Array.from({ length: 45_000 }, (_, i) => {
      const month = 5000 * 12 + i;
      return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    });
    const lines = months.map(
      (period, i) => `ENG-001,CSAT,${period},${80 + (i % 20)},,,bulk,"note ""${i}"", kept"`,
    );
    const header = 'engagement,sla,period,actual,numerator,denominator,source,note';
    const before = await versions(db);
    const bad = [...lines.slice(0, -1), 'ENG-001,NOPE,2025-05,90,,,bulk,'];
    const error = await rejection(importCsv(db, 'measurements.csv', csv(header, ...bad)));
    expect(error.errors.map(formatInterchangeError)).toEqual([
      'line 45001, column sla: unknown SLA "NOPE" of engagement ENG-001',
    ]);
    expect(await versions(db)).toEqual(before);

    const count = await importCsv(db, 'measurements.csv', csv(header, ...lines));
    expect(count).toMatchObject({ rows: 45_000, inserted: 45_000, updated: 0, unchanged: 0 });
    // CSAT: expected 90, minimum 80; actuals 80–89 missed, 90–99 met, half each.
    const { rows } = await sql<{ status: string; n: number; note: string | null }>`
      select status, count(*)::int as n, min(note) as note from measurements
      where source = 'bulk' group by status order by status`.execute(db);
    expect(rows).toEqual([
      { status: 'met', n: 22_500, note: 'note "10", kept' },
      { status: 'missed', n: 22_500, note: 'note "0", kept' },
    ]);
    await sql`delete from measurements where source = 'bulk'`.execute(db);
  });

  it('names a broken quote in a late piece of a big file, and every bad row around it, writing nothing', async () => {
    // 12,000 rows (540 KB, three pieces): the first parts are being written when the broken quote is met; the
    // import is rolled back and reads the file again whole, to name every bad line.
    const lines = Array.from({ length: 12_000 }, (_, i) => {
      const month = 6000 * 12 + i;
      const period = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
      if (i === 11_500) return `ENG-001,NOPE,${period},90,,,bulk,`;
      return `ENG-001,CSAT,${period},${i === 11_000 ? '9"0' : '90'},,,bulk,`;
    });
    const before = await versions(db);
    const header = 'engagement,sla,period,actual,numerator,denominator,source,note';
    const error = await rejection(importCsv(db, 'measurements.csv', csv(header, ...lines)));
    expect(error.errors.map(formatInterchangeError)).toEqual([
      'line 11002, column actual: a quote inside cell 4, which does not start with one: a cell holding quotes is quoted whole, each quote inside it doubled ("")',
      'line 11502, column sla: unknown SLA "NOPE" of engagement ENG-001',
    ]);
    expect(await versions(db)).toEqual(before);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from measurements where source = 'bulk'`.execute(db);
    expect(rows[0]?.n).toBe(0);
  });

  it('rejects unknown SLAs and vendors, and a wrong column set', async () => {
    const measurements = await rejection(
      importCsv(
        db,
        'measurements.csv',
        csv(
          'engagement,sla,period,actual',
          'ENG-001,ASA,2025-05,20',
          'ENG-001,XYZ,2025-05,1',
          'ENG-9,ASA,2025-05,1',
        ),
      ),
    );
    expect(measurements.errors.map(formatInterchangeError)).toEqual([
      'line 3, column sla: unknown SLA "XYZ" of engagement ENG-001',
      'line 4, column engagement: unknown engagement "ENG-9"',
    ]);
    const engagements = await rejection(
      importCsv(
        db,
        'engagements.csv',
        csv(
          'code,name,vendor,type,service_line,location,start_date,currency',
          'ENG-003,Payroll,Nobody Ltd,BPO,hr_payroll,onshore,2025-01-01,USD',
        ),
      ),
    );
    expect(engagements.errors.map(formatInterchangeError)).toEqual([
      'line 2, column vendor: unknown vendor "Nobody Ltd"',
    ]);
    const columns = await rejection(
      importCsv(db, 'fx_rates.csv', csv('currency,month,rate', 'EUR,2025-03,1.1')),
    );
    expect(columns.errors.map(formatInterchangeError)).toEqual([
      'line 1, column month: unknown column: fx_rates.csv has currency, period or rate',
      'line 1, column period: required column is missing',
    ]);
    expect(
      await db.selectFrom('measurements').select('id').where('period', '=', '2025-05').execute(),
    ).toEqual([]);
  });

  it('names a stray quote by its column, counting from 1, and still checks the lines after it', async () => {
    const before = await exportAll(db);
    const error = await rejection(
      importCsv(
        db,
        'measurements.csv',
        csv(
          'engagement,sla,period,actual,numerator,denominator,source,note',
          'ENG-001,ASA,2025-06,20,,,vendor report,',
          'ENG-001,ASA,2025-07,21,,,vendor "report",',
          'ENG-001,ASA,2025-08,-3,,,vendor report,',
          'ENG-001,CSAT,2025-06,101,,,survey,',
          'ENG-001,XYZ,2025-06,1,,,,',
        ),
      ),
    );
    expect(error.errors.map(formatInterchangeError)).toEqual([
      'line 3, column source: a quote inside cell 7, which does not start with one: a cell holding quotes is quoted whole, each quote inside it doubled ("")',
      'line 4, column actual: -3 is negative: a duration in seconds cannot be below 0',
      'line 5, column actual: 101 is not a percentage from 0 to 100',
      'line 6, column sla: unknown SLA "XYZ" of engagement ENG-001',
    ]);
    expect(await exportAll(db)).toEqual(before);
  });

  it('judges the stored measurements again when an SLA level changes, in the same import', async () => {
    const counts = await importCsv(
      db,
      'slas.csv',
      csv(
        'engagement,code,name,unit,direction,expected,minimum,kind,allocation_pct',
        'ENG-001,ASA,Average speed of answer,seconds,lower_is_better,30.0,60,critical,60',
        'ENG-001,CSAT,Customer satisfaction,%,higher_is_better,85,80,key,',
      ),
    );
    // ASA's 30 → 30.0 is the same level: not a change; CSAT's target drops from 90 to 85.
    expect(counts).toEqual({
      file: 'slas.csv',
      rows: 2,
      inserted: 0,
      updated: 1,
      unchanged: 1,
      statusesChanged: 1,
    });
    expect(await statuses(db)).toMatchObject({ 'CSAT 2025-01': 'met', 'CSAT 2025-02': 'met' });
    const csat = await db
      .selectFrom('measurements as m')
      .innerJoin('slas as s', 's.id', 'm.sla_id')
      .where('s.code', '=', 'CSAT')
      .select(['m.period', 'm.version'])
      .orderBy('m.period')
      .execute();
    expect(csat).toEqual([
      { period: '2025-01', version: 1 },
      { period: '2025-02', version: 2 },
    ]);
  });

  it('stops at the first rejected file: earlier files stay imported, later ones are skipped', async () => {
    const error = await rejection(
      importFiles(db, [
        { name: 'fx_rates.csv', content: csv('currency,period,rate', 'GBP,2025-01,1.27') },
        {
          name: 'slas.csv',
          content: csv('engagement,code,name,unit,direction,expected,kind', 'ENG-001,X,X,%,up,1,key'),
        },
        { name: 'vendors.csv', content: csv('name', 'Gamma') },
      ]),
    );
    expect(error.file).toBe('slas.csv');
    expect(error.imported).toEqual([{ file: 'vendors.csv', rows: 1, inserted: 1, updated: 0, unchanged: 0 }]);
    expect(error.skipped).toEqual(['fx_rates.csv']);
    expect(
      await db.selectFrom('fx_rates').select('currency').where('currency', '=', 'GBP').execute(),
    ).toEqual([]);
  });

  it('refuses unknown file names before importing anything', async () => {
    await expect(importFiles(db, [{ name: 'suppliers.csv', content: 'name\nX\n' }])).rejects.toThrow(
      UnknownInterchangeFileError,
    );
    await expect(importCsv(db, 'vendor.csv', 'name\nX\n')).rejects.toThrow(
      /unknown interchange file "vendor.csv": the known files are vendors.csv, engagements.csv/,
    );
  });

  it('exports every file with the columns of DESIGN.md, ordered by natural key', async () => {
    const exported = Object.fromEntries((await exportAll(db)).map((file) => [file.name, file.content]));
    expect(Object.keys(exported)).toEqual([
      'vendors.csv',
      'engagements.csv',
      'slas.csv',
      'measurements.csv',
      'charges.csv',
      'deliverables.csv',
      'fx_rates.csv',
    ]);
    expect(exported['vendors.csv']).toBe(
      csv(
        'name,country,certifications,notes',
        'Acme Services,IN,ISO 27001,',
        '"Beta, Inc.",PH,,"Two sites; ""night shift"" only"',
        'Gamma,,,',
      ),
    );
    expect(exported['engagements.csv']).toBe(
      csv(
        'code,name,vendor,type,service_line,location,business_unit,owner,start_date,end_date,status,pricing_model,currency,annual_budget,at_risk_pct,earn_back_months,baseline_monthly_cost,planned_monthly_savings',
        'ENG-001,Customer support,Acme Services,BPO,customer_support,offshore,,,2025-01-01,,active,,USD,,10.00,0,50000.00,',
        'ENG-002,Market research,"Beta, Inc.",KPO,market_research,nearshore,,,2025-01-01,2025-12-31,active,,EUR,,0.00,0,,',
      ),
    );
    expect(exported['charges.csv']).toBe(
      csv(
        'engagement,invoice,period,category,amount',
        'ENG-001,INV-1,2025-01,base,40000.00',
        'ENG-001,INV-1,2025-01,volume,2500.50',
        'ENG-002,R-7,2025-02,one_off,12000.00',
      ),
    );
    expect(exported['deliverables.csv']).toBe(
      csv(
        'engagement,code,title,kind,requested_date,due_date,delivered_date,status,quality,revisions,actioned,estimated_value',
        'ENG-002,D-1,Competitor scan,report,2025-01-10,2025-02-10,2025-02-05,delivered,4,1,true,250000.00',
        'ENG-002,D-2,Pricing study,report,2025-02-01,2025-03-15,,in_progress,,0,false,',
      ),
    );
    expect(exported['fx_rates.csv']).toBe(
      csv('currency,period,rate', 'EUR,2025-01,1.0834500000', 'EUR,2025-02,1.0500000000'),
    );
  });
});
