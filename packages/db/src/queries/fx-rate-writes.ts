import { changedColumns, type EntityValues, type FxRateCsvRow, fxRatesFile } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import {
  auditChange,
  conflict,
  invalid,
  notFound,
  snapshot,
  type Trx,
  type Who,
  type WriteResult,
  writeInTransaction,
  written,
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

export function createFxRate(db: Db, who: Who, values: FxRateCsvRow): Promise<WriteResult<FxRateRecord>> {
  return writeInTransaction(db, duplicate(values), async (trx) => {
    if (await lockRate(trx, values)) return invalid('values.period', duplicate(values).message);
    await trx.insertInto('fx_rates').values(values).execute();
    const record = await lockRate(trx, values);
    if (!record) throw new Error('the new rate is gone');
    await auditChange(trx, who, {
      action: 'fx_rate.create',
      entity: 'fx_rate',
      entityKey: keyOf(values),
      engagementId: null,
      before: null,
      after: snapshot(record),
    });
    return written(record);
  });
}

/** Changes the rate of a currency and month when its version is still `version`. */
export function updateFxRate(
  db: Db,
  who: Who,
  input: { version: number; values: FxRateCsvRow },
): Promise<WriteResult<FxRateRecord>> {
  return db.transaction().execute(async (trx) => {
    const before = await lockRate(trx, input.values);
    if (!before) return notFound(`No ${input.values.currency} rate for ${input.values.period}`);
    if (before.version !== input.version) return conflict(trx, 'fx_rate', keyOf(input.values), before);
    const proposed = { ...input.values };
    if (changedColumns(fxRatesFile, before.values, proposed).length === 0) return written(before, false);
    await trx
      .updateTable('fx_rates')
      .set({ rate: input.values.rate, version: sql`version + 1`, updated_at: sql`now()` })
      .where('currency', '=', input.values.currency)
      .where('period', '=', input.values.period)
      .where('version', '=', input.version)
      .execute();
    const after = await lockRate(trx, input.values);
    if (!after) throw new Error('the rate is gone');
    await auditChange(trx, who, {
      action: 'fx_rate.update',
      entity: 'fx_rate',
      entityKey: keyOf(input.values),
      engagementId: null,
      before: snapshot(before),
      after: snapshot(after),
    });
    return written(after);
  });
}

/** Removes a rate entered by mistake; the reports then say the rate is missing, never take it as 1. */
export function deleteFxRate(
  db: Db,
  who: Who,
  input: Key & { version: number },
): Promise<WriteResult<FxRateRecord>> {
  return db.transaction().execute(async (trx) => {
    const before = await lockRate(trx, input);
    if (!before) return notFound(`No ${input.currency} rate for ${input.period}`);
    if (before.version !== input.version) return conflict(trx, 'fx_rate', keyOf(input), before);
    await trx
      .deleteFrom('fx_rates')
      .where('currency', '=', input.currency)
      .where('period', '=', input.period)
      .execute();
    await auditChange(trx, who, {
      action: 'fx_rate.delete',
      entity: 'fx_rate',
      entityKey: keyOf(input),
      engagementId: null,
      before: snapshot(before),
      after: null,
    });
    return written(before);
  });
}
