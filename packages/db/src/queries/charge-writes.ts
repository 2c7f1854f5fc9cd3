import { type ChargeCsvRow, changedColumns, chargesFile, type EntityValues, toCell } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { engagementForNewRow, fixedEngagement } from './engagement-refs.ts';
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

/** A charge (a line of an invoice) as the data-entry forms edit it; the amount is in the engagement's currency. */
export type ChargeRecord = {
  id: number;
  version: number;
  engagementId: number;
  currency: string;
  values: EntityValues<'charges.csv'>;
};

function selectCharges(db: Db | Trx) {
  return db
    .selectFrom('charges as c')
    .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
    .select([
      'c.id',
      'c.version',
      'c.engagement_id',
      'e.currency',
      'e.code as engagement',
      'c.invoice',
      'c.period',
      'c.category',
      'c.amount',
    ]);
}

type ChargeSelection = Awaited<ReturnType<ReturnType<typeof selectCharges>['executeTakeFirstOrThrow']>>;

function toRecord(row: ChargeSelection): ChargeRecord {
  const { id, version, engagement_id, currency, ...columns } = row;
  const values = Object.fromEntries(
    chargesFile.columns.map((column) => [column, toCell(columns[column])]),
  ) as EntityValues<'charges.csv'>;
  return { id, version, engagementId: engagement_id, currency, values };
}

/** An engagement's charges of a range of months, latest month first. */
export async function listChargeRecords(
  db: Db,
  filter: { engagement: string; from: string; to: string },
): Promise<ChargeRecord[]> {
  const rows = await selectCharges(db)
    .where('e.code', '=', filter.engagement)
    .where('c.period', '>=', filter.from)
    .where('c.period', '<=', filter.to)
    .orderBy('c.period', 'desc')
    .orderBy('c.invoice')
    .orderBy('c.category')
    .execute();
  return rows.map(toRecord);
}

async function lockCharge(trx: Trx, id: number): Promise<ChargeRecord | undefined> {
  await trx.selectFrom('charges').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  const row = await selectCharges(trx).where('c.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

const keyOf = (v: { engagement: string; invoice: string; period: string; category: string }) =>
  `${v.engagement}/${v.invoice}/${v.period}/${v.category}`;

const duplicateLine = (values: ChargeCsvRow) => ({
  path: 'values.invoice',
  message: `invoice ${values.invoice} has a ${values.category} line for ${values.period} already: edit that one`,
});

async function lineTaken(trx: Trx, engagementId: number, values: ChargeCsvRow, exceptId: number | null) {
  let query = trx
    .selectFrom('charges')
    .select('id')
    .where('engagement_id', '=', engagementId)
    .where('invoice', '=', values.invoice)
    .where('period', '=', values.period)
    .where('category', '=', values.category);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

function columnsOf(values: ChargeCsvRow) {
  const { engagement: _engagement, ...rest } = values;
  return rest;
}

/** Charges as versioned rows: locked by id, named by their invoice line. */
const CHARGES: VersionedRows<ChargeRecord> = {
  entity: 'charge',
  missing: (id) => `No charge with id ${id}`,
  lock: lockCharge,
  keyOf: (record) => keyOf(record.values),
  engagementOf: (record) => record.engagementId,
  audited: snapshot,
};

export function createCharge(db: Db, who: Who, values: ChargeCsvRow): Promise<WriteResult<ChargeRecord>> {
  return writeInTransaction(db, duplicateLine(values), async (trx) => {
    const found = await engagementForNewRow(trx, values.engagement);
    if ('issue' in found) return invalid('values.engagement', found.issue);
    if (await lineTaken(trx, found.engagement.id, values, null)) {
      return invalid('values.invoice', duplicateLine(values).message);
    }
    const { id } = await trx
      .insertInto('charges')
      .values({ ...columnsOf(values), engagement_id: found.engagement.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    return recordCreated(trx, who, CHARGES, id);
  });
}

export function updateCharge(
  db: Db,
  who: Who,
  input: { id: number; version: number; values: ChargeCsvRow },
): Promise<WriteResult<ChargeRecord>> {
  return writeInTransaction(db, duplicateLine(input.values), (trx) =>
    changeVersioned(trx, who, CHARGES, input, { action: 'charge.update' }, async (before) => {
      if (input.values.engagement !== before.values.engagement) {
        return invalid('values.engagement', fixedEngagement('a charge', before.values.engagement));
      }
      const proposed = Object.fromEntries(chargesFile.columns.map((c) => [c, toCell(input.values[c])]));
      if (changedColumns(chargesFile, before.values, proposed).length === 0) return 'unchanged';
      if (await lineTaken(trx, before.engagementId, input.values, input.id)) {
        return invalid('values.invoice', duplicateLine(input.values).message);
      }
      await trx
        .updateTable('charges')
        .set({ ...columnsOf(input.values), version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', input.id)
        .execute();
      return { changed: true };
    }),
  );
}

/** Removes a charge line entered by mistake; the audit trail keeps its values. */
export function deleteCharge(
  db: Db,
  who: Who,
  input: { id: number; version: number },
): Promise<WriteResult<ChargeRecord>> {
  return removeVersioned(db, who, CHARGES, input, (trx, record) =>
    trx.deleteFrom('charges').where('id', '=', record.id).execute(),
  );
}
