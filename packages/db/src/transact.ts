import type { Transaction } from 'kysely';
import type { Db } from './create-db.ts';
import { keepFigures } from './kept-figures/keep-figures.ts';
import type { Database } from './schema.ts';

/**
 * Runs a change of portfolio data in one transaction and keeps the figures it touched before it commits
 * (kept-figures/keep-figures.ts): a report read right after the commit adds up figures that are already right.
 * Every write of vendors, engagements, SLAs, measurements, charges, deliverables and FX rates goes through here.
 */
export function transact<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await keepFigures(trx);
    return result;
  });
}
