import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { type ExportedFile, exportAll } from './export-all.ts';
import { importFiles } from './import-files.ts';

const contents = (files: readonly ExportedFile[]) => files.map(({ name, content }) => ({ name, content }));

describe.each(testDatabases())('interchange round trip on $name', ({ open }) => {
  let source: DbHandle;
  let target: DbHandle;
  let exported: ExportedFile[];
  beforeAll(async () => {
    [source, target] = await Promise.all([open(), open()]);
    await seedDemo(source.db, { today: '2025-06-15', seed: 7 });
    // Text a spreadsheet would run as a formula: exported with an apostrophe, imported back as it was.
    await source.db
      .insertInto('vendors')
      .values({ name: '=HYPERLINK("https://evil.example","Acme")', notes: '@SUM(A1:A9)', country: '-' })
      .execute();
    exported = await exportAll(source.db);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('exports the demo portfolio, imports it into an empty database and exports the same bytes', async () => {
    expect(exported.map((file) => file.rows).every((rows) => rows > 0)).toBe(true);
    const vendors = exported.find((file) => file.name === 'vendors.csv')?.content ?? '';
    expect(vendors).toContain(`"'=HYPERLINK(""https://evil.example"",""Acme"")",'-,,'@SUM(A1:A9)`);
    const counts = await importFiles(target.db, contents(exported));
    expect(counts.map(({ file, rows, inserted }) => ({ file, rows, inserted }))).toEqual(
      exported.map(({ name, rows }) => ({ file: name, rows, inserted: rows })),
    );
    expect(contents(await exportAll(target.db))).toEqual(contents(exported));
    const imported = await target.db
      .selectFrom('vendors')
      .select(['country', 'notes'])
      .where('name', '=', '=HYPERLINK("https://evil.example","Acme")')
      .executeTakeFirst();
    expect(imported).toEqual({ country: '-', notes: '@SUM(A1:A9)' });
  });

  it('stores the same measurement statuses as the demo did', async () => {
    const statuses = (handle: DbHandle) =>
      handle.db
        .selectFrom('measurements as m')
        .innerJoin('slas as s', 's.id', 'm.sla_id')
        .innerJoin('engagements as e', 'e.id', 's.engagement_id')
        .select(['e.code as engagement', 's.code as sla', 'm.period', 'm.status'])
        .orderBy('e.code')
        .orderBy('s.code')
        .orderBy('m.period')
        .execute();
    expect(await statuses(target)).toEqual(await statuses(source));
  });

  it('finds every row unchanged when the export is imported again', async () => {
    const counts = await importFiles(target.db, contents(exported));
    expect(counts.every((count) => count.inserted === 0 && count.updated === 0)).toBe(true);
  });
});
