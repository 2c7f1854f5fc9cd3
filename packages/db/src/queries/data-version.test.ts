import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { importCsv } from '../interchange/import-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { foldDataChanges, readDataVersion } from './data-version.ts';

describe.each(testDatabases())('the data version on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  it('grows with every committed change of portfolio data, whatever writes it', async () => {
    const start = await readDataVersion(handle.db);
    await sql`update vendors set notes = 'renegotiating' where name = 'Acme Services'`.execute(handle.db);
    const afterVendor = await readDataVersion(handle.db);
    expect(afterVendor).toBeGreaterThan(start);

    await importCsv(handle.db, 'fx_rates.csv', 'currency,period,rate\nEUR,2030-01,1.1\n');
    const afterImport = await readDataVersion(handle.db);
    expect(afterImport).toBeGreaterThan(afterVendor);

    await sql`delete from fx_rates where period = '2030-01'`.execute(handle.db);
    expect(await readDataVersion(handle.db)).toBeGreaterThan(afterImport);
  });

  it('stays put for reads, for sign-in data and for a change that is rolled back', async () => {
    const start = await readDataVersion(handle.db);
    await sql`select count(*) from measurements`.execute(handle.db);
    await sql`update users set last_sign_in_at = now()`.execute(handle.db);
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await sql`update charges set amount = amount + 1`.execute(trx);
        throw new Error('abandon');
      })
      .catch(() => undefined);
    expect(await readDataVersion(handle.db)).toBe(start);
  });

  it('keeps its value when its rows are folded into one, and folds by itself as they pile up', async () => {
    for (let i = 0; i < 300; i += 1) {
      await sql`update settings set value = value where false`.execute(handle.db);
    }
    const { rows: before } = await sql<{ n: number }>`select count(*)::int as n from data_changes`.execute(
      handle.db,
    );
    expect(before[0]?.n).toBeGreaterThan(256);
    const version = await readDataVersion(handle.db);
    const { rows: after } = await sql<{ n: number }>`select count(*)::int as n from data_changes`.execute(
      handle.db,
    );
    expect(after[0]?.n).toBe(1);
    expect(await readDataVersion(handle.db)).toBe(version);
    await foldDataChanges(handle.db);
    expect(await readDataVersion(handle.db)).toBe(version);
  });
});
