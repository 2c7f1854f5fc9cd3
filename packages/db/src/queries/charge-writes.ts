import { type ChargeCsvRow, chargesFile, type EntityValues } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { fileColumns, fileValues } from '../interchange/file-columns.ts';
import { createRow, type EditableTable, lockRow, updateRow } from './versioned-table.ts';
import { removeVersioned, snapshot, type Trx, type Who, type WriteResult } from './write-support.ts';

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
    .select(['c.id', 'c.version', 'c.engagement_id', 'e.currency'])
    .select(fileColumns('charges.csv', 'c'));
}

type ChargeSelection = Awaited<ReturnType<ReturnType<typeof selectCharges>['executeTakeFirstOrThrow']>>;

function toRecord(row: ChargeSelection): ChargeRecord {
  const { id, version, engagement_id, currency } = row;
  return { id, version, engagementId: engagement_id, currency, values: fileValues('charges.csv', row) };
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

/** Charges as an editable table: rows of an engagement, named by their invoice line. */
const CHARGES: EditableTable<ChargeRecord, ChargeCsvRow> = {
  table: 'charges',
  file: chargesFile,
  entity: 'charge',
  ofEngagement: 'a charge',
  missing: (id) => `No charge with id ${id}`,
  read: async (trx, id) => {
    const row = await selectCharges(trx).where('c.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  },
  lock: (trx, id) => lockRow(trx, 'charges', id, CHARGES.read),
  keyOf: ({ values: v }) => `${v.engagement}/${v.invoice}/${v.period}/${v.category}`,
  engagementOf: (record) => record.engagementId,
  audited: snapshot,
  duplicate: (values) => ({
    path: 'values.invoice',
    message: `invoice ${values.invoice} has a ${values.category} line for ${values.period} already: edit that one`,
  }),
};

export const createCharge = (db: Db, who: Who, values: ChargeCsvRow) => createRow(db, who, CHARGES, values);

export const updateCharge = (
  db: Db,
  who: Who,
  input: { id: number; version: number; values: ChargeCsvRow },
) => updateRow(db, who, CHARGES, input);

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
