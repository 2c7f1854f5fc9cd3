import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCsv } from './copy-in.ts';
import { csvLine } from './copy-text.ts';
import type { DbHandle } from './create-db.ts';
import { testDatabases } from './testing/test-databases.ts';

describe('PostgreSQL CSV lines', () => {
  it('quote text, double its quotes, and leave null empty', () => {
    expect(csvLine(['a', 'say "hi"', '', null, undefined, 12.5, true])).toBe(
      '"a","say ""hi""","",,,12.5,true',
    );
  });
});

describe.each(testDatabases())('COPY through Kysely on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('copies rows into a table within the caller transaction, text exactly as given', async () => {
    const rows = [
      [1, 'plain', null],
      [2, 'comma, "quote"\nand a line break', ''],
      [3, 'Société Générale — 株式会社', '0.10'],
    ];
    const copied = await handle.db.transaction().execute(async (trx) => {
      await sql`create temporary table copied (id int, label text, amount text) on commit drop`.execute(trx);
      await copyCsv(trx, 'copied', ['id', 'label', 'amount'], `${rows.map(csvLine).join('\n')}\n`);
      const { rows: back } = await sql<{ id: number; label: string; amount: string | null }>`
        select id, label, amount from copied order by id`.execute(trx);
      return back;
    });
    expect(copied.map((row) => [row.id, row.label, row.amount])).toEqual(rows);
  });

  it('leaves other statements with one text parameter alone, and rolls a copy back with its transaction', async () => {
    const { rows } = await sql<{ text: string }>`select ${'copy x from stdin'}::text as text`.execute(
      handle.db,
    );
    expect(rows[0]?.text).toBe('copy x from stdin');
    await sql`create table if not exists copy_rollback (id int)`.execute(handle.db);
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await copyCsv(trx, 'copy_rollback', ['id'], '1\n2\n');
        throw new Error('abandon');
      })
      .catch(() => undefined);
    const { rows: left } = await sql<{ n: number }>`select count(*)::int as n from copy_rollback`.execute(
      handle.db,
    );
    expect(left[0]?.n).toBe(0);
  });

  it('reports a bad row as the database error it is', async () => {
    await sql`create table if not exists copy_typed (id int not null)`.execute(handle.db);
    await expect(copyCsv(handle.db, 'copy_typed', ['id'], '1\nnot a number\n')).rejects.toThrow(/integer/);
  });
});
