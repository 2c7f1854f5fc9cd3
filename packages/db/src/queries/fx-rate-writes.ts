import { changedColumns, type EntityValues, type FxRateCsvRow, fxRatesFile } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { transact } from '../transact.ts';
import {
  changeVersioned,
  invalid,
  recordCreated,
  removeVersioned,
  snapshot,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
} from './write-support.ts';

/** An FX rate of a currency and month: units of the reporting currency per unit of the currency. */
export type FxRateRecord = { version: number; values: EntityValues<'fx_rates.csv'> };

type Key = { currency: string; period: string };

function selectRates(db: Db | Trx) {
  return db.selectFrom('fx_rates').select(['version', 'currency', 'period', 'rate']);
}

function toRecord(row: { version: number; currency: string; period: string; rate: string }): FxRateRecord {
  return { version: row.version, values: { currency: row.currency, period: row.period, rate: row.rate } };
}

/** The FX rates of a range of months (of one currency, or all), latest first. */
export async function listFxRateRecords(
  db: Db,
  filter: { currency?: string | undefined; from: string; to: string },
): Promise<FxRateRecord[]> {
  let query = selectRates(db).where('period', '>=', filter.from).where('period', '<=', filter.to);
  if (filter.currency) query = query.where('currency', '=', filter.currency);
  const rows = await query.orderBy('period', 'desc').orderBy('currency').execute();
  return rows.map(toRecord);
}

async function lockRate(trx: Trx, key: Key): Promise<FxRateRecord | undefined> {
  const row = await selectRates(trx)
    .where('currency', '=', key.currency)
    .where('period', '=', key.period)
    .forUpdate()
    .executeTakeFirst();
  return row && toRecord(row);
}

const keyOf = (key: Key) => `${key.currency}/${key.period}`;

const duplicate = (key: Key) => ({
  path: 'values.period',
  message: `${key.currency} has a rate for ${key.period} already: edit that one`,
});

/** FX rates as versioned rows: locked and named by currency and month. */
const RATES: VersionedRows<FxRateRecord, Key> = {
  entity: 'fx_rate',
  missing: (key) => `No ${key.currency} rate for ${key.period}`,
  lock: lockRate,
  keyOf: (record) => keyOf(record.values),
  engagementOf: () => null,
  audited: snapshot,
};

export function createFxRate(db: Db, who: Who, values: FxRateCsvRow): Promise<WriteResult<FxRateRecord>> {
  return writeInTransaction(db, duplicate(values), async (trx) => {
    if (await lockRate(trx, values)) return invalid('values.period', duplicate(values).message);
    await trx.insertInto('fx_rates').values(values).execute();
    return recordCreated(trx, who, RATES, { currency: values.currency, period: values.period });
  });
}

/** Changes the rate of a currency and month when its version is still `version`. */
export function updateFxRate(
  db: Db,
  who: Who,
  input: { version: number; values: FxRateCsvRow },
): Promise<WriteResult<FxRateRecord>> {
  const { currency, period } = input.values;
  const target = { id: { currency, period }, version: input.version };
  return transact(db, (trx) =>
    changeVersioned(trx, who, RATES, target, { action: 'fx_rate.update' }, async (before) => {
      if (changedColumns(fxRatesFile, before.values, { ...input.values }).length === 0) return 'unchanged';
      await trx
        .updateTable('fx_rates')
        .set({ rate: input.values.rate, version: sql`version + 1`, updated_at: sql`now()` })
        .where('currency', '=', currency)
        .where('period', '=', period)
        .execute();
      return { changed: true };
    }),
  );
}

/** Removes a rate entered by mistake; the reports then say the rate is missing, never take it as 1. */
export function deleteFxRate(
  db: Db,
  who: Who,
  input: Key & { version: number },
): Promise<WriteResult<FxRateRecord>> {
  const { currency, period, version } = input;
  return removeVersioned(db, who, RATES, { id: { currency, period }, version }, (trx) =>
    trx.deleteFrom('fx_rates').where('currency', '=', currency).where('period', '=', period).execute(),
  );
}
