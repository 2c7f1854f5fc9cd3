import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** Rows of `data_changes` beyond which a reader folds them into one. */
const FOLD_AT = 256;

/**
 * The portfolio data's version: a number that grows with every committed change to portfolio data (migration
 * 0006), the same in every process. Read before computing an answer, it names the data the answer holds at least:
 * under read committed the later queries see every change committed before it.
 */
export async function readDataVersion(db: Db): Promise<bigint> {
  const { rows } = await sql<{ version: string; rows: number }>`
    select coalesce(sum(weight), 0)::text as version, count(*)::int as rows from data_changes`.execute(db);
  const { version = '0', rows: count = 0 } = rows[0] ?? {};
  if (count > FOLD_AT) await foldDataChanges(db);
  return BigInt(version);
}

/**
 * Replaces the rows this statement sees with one row of their summed weight: the version stays, the table stays
 * small. Rows a concurrent fold already deleted are skipped, so two folds never count a row twice.
 */
export async function foldDataChanges(db: Db): Promise<void> {
  await sql`
    with folded as (delete from data_changes returning weight)
    insert into data_changes (weight) select sum(weight) from folded having count(*) > 0`.execute(db);
}
