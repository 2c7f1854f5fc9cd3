import { formatInterchangeError } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { csv, files, rejection, versions } from '../testing/import-example-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { importCsv, importFiles } from './import-files.ts';

// A big measurements file is read, checked and made into COPY text in a thread of its own (measurements-in-worker.ts),
// a small one here. Each case imports the same small file both ways (`workerFrom: 1` sends any file to the thread):
// what is stored, and every error named, must not depend on where the file was checked.
const HERE = { workerFrom: Number.POSITIVE_INFINITY };
const IN_WORKER = { workerFrom: 1 };
const HEADER = 'engagement,sla,period,actual,numerator,denominator,source,note';

describe.each(testDatabases())('a measurements file checked in a thread of its own, on $name', ({ open }) => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await open();
    db = handle.db;
    await importFiles(db, files());
  });
  afterAll(() => handle.close());

  const errorsOf = async (content: string, options: typeof HERE) =>
    (await rejection(importCsv(db, 'measurements.csv', content, options))).errors.map(formatInterchangeError);

  it('names the same bad rows, in the same words, and writes nothing', async () => {
    const before = await versions(db);
    const bad = csv(
      HEADER,
      'ENG-001,ASA,2025-06,40,,,report,',
      'ENG-404,ASA,2025-06,40,,,report,',
      'ENG-001,NOPE,2025-06,40,,,report,',
      'ENG-001,CSAT,2025-06,140,,,report,',
      'ENG-001,ASA,2025-13,40,,,report,',
      'ENG-001,ASA,2025-06,41,,,report,',
      'ENG-001,ASA,2025-07',
    );
    const here = await errorsOf(bad, HERE);
    expect(here).toEqual([
      'line 3, column engagement: unknown engagement "ENG-404"',
      'line 4, column sla: unknown SLA "NOPE" of engagement ENG-001',
      'line 5, column actual: 140 is not a percentage from 0 to 100',
      'line 6, column period: "2025-13" is not a month (YYYY-MM)',
      'line 7: duplicate key engagement "ENG-001", sla "ASA", period "2025-06": also on line 2',
      'line 8: has 3 cells where the header has 8 columns',
    ]);
    expect(await errorsOf(bad, IN_WORKER)).toEqual(here);
    // A header without a required column, and a broken quote (the whole text is then read again, here).
    const headless = csv('engagement,sla,period', 'ENG-001,ASA,2025-06');
    expect(await errorsOf(headless, IN_WORKER)).toEqual(await errorsOf(headless, HERE));
    const quote = csv(HEADER, 'ENG-001,ASA,2025-06,4"0,,,report,', 'ENG-404,ASA,2025-07,40,,,report,');
    const quoteErrors = await errorsOf(quote, HERE);
    expect(quoteErrors).toHaveLength(2);
    expect(await errorsOf(quote, IN_WORKER)).toEqual(quoteErrors);
    expect(await versions(db)).toEqual(before);
  });

  it('writes what here writes: counts, statuses, and the stored values of the columns it leaves out', async () => {
    // A vendor's monthly report, actuals only: the note and source entered before stay (as import-omitted-columns).
    const counts = await importCsv(
      db,
      'measurements.csv',
      csv('engagement,sla,period,actual', 'ENG-001,ASA,2025-03,58', 'ENG-001,ASA,2025-04,20'),
      IN_WORKER,
    );
    expect(counts).toEqual({ file: 'measurements.csv', rows: 2, inserted: 1, updated: 1, unchanged: 0 });
    const stored = () =>
      db
        .selectFrom('measurements as m')
        .innerJoin('slas as s', 's.id', 'm.sla_id')
        .where('s.code', '=', 'ASA')
        .where('m.period', 'in', ['2025-03', '2025-04'])
        .select(['m.period', 'm.actual', 'm.status', 'm.source', 'm.note', 'm.version'])
        .orderBy('m.period')
        .execute();
    expect(await stored()).toEqual([
      {
        period: '2025-03',
        actual: '58',
        status: 'missed',
        source: 'vendor report',
        note: 'late, see ticket',
        version: 2,
      },
      { period: '2025-04', actual: '20', status: 'met', source: null, note: null, version: 1 },
    ]);
    // The same file again, either way: nothing changes.
    for (const options of [IN_WORKER, HERE]) {
      const again = await importCsv(
        db,
        'measurements.csv',
        csv('engagement,sla,period,actual', 'ENG-001,ASA,2025-03,58', 'ENG-001,ASA,2025-04,20'),
        options,
      );
      expect(again).toMatchObject({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });
    }
    expect((await stored()).map((row) => row.version)).toEqual([2, 1]);
  });
});
