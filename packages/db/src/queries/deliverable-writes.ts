import { type DeliverableCsvRow, deliverablesFile, type EntityValues } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { fileColumns, fileValues } from '../interchange/file-columns.ts';
import { createRow, type EditableTable, lockRow, updateRow } from './versioned-table.ts';
import { removeVersioned, snapshot, type Trx, type Who, type WriteResult } from './write-support.ts';

/** A KPO deliverable as the data-entry forms edit it; its estimated value is in the engagement's currency. */
export type DeliverableRecord = {
  id: number;
  version: number;
  engagementId: number;
  currency: string;
  values: EntityValues<'deliverables.csv'>;
};

function selectDeliverables(db: Db | Trx) {
  return db
    .selectFrom('deliverables as d')
    .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
    .select(['d.id', 'd.version', 'd.engagement_id', 'e.currency'])
    .select(fileColumns('deliverables.csv', 'd'));
}

type DeliverableSelection = Awaited<
  ReturnType<ReturnType<typeof selectDeliverables>['executeTakeFirstOrThrow']>
>;

function toRecord(row: DeliverableSelection): DeliverableRecord {
  const { id, version, engagement_id, currency } = row;
  return { id, version, engagementId: engagement_id, currency, values: fileValues('deliverables.csv', row) };
}

/** An engagement's deliverables, latest due first. */
export async function listDeliverableRecords(db: Db, engagement: string): Promise<DeliverableRecord[]> {
  const rows = await selectDeliverables(db)
    .where('e.code', '=', engagement)
    .orderBy('d.due_date', 'desc')
    .orderBy('d.code')
    .execute();
  return rows.map(toRecord);
}

/** Deliverables as an editable table: rows of an engagement, named by their engagement and code. */
const DELIVERABLES: EditableTable<DeliverableRecord, DeliverableCsvRow> = {
  table: 'deliverables',
  file: deliverablesFile,
  entity: 'deliverable',
  ofEngagement: 'a deliverable',
  missing: (id) => `No deliverable with id ${id}`,
  read: async (trx, id) => {
    const row = await selectDeliverables(trx).where('d.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  },
  lock: (trx, id) => lockRow(trx, 'deliverables', id, DELIVERABLES.read),
  keyOf: ({ values }) => `${values.engagement}/${values.code}`,
  engagementOf: (record) => record.engagementId,
  audited: snapshot,
  duplicate: (values) => ({
    path: 'values.code',
    message: `engagement ${values.engagement} has a deliverable ${values.code} already`,
  }),
};

export const createDeliverable = (db: Db, who: Who, values: DeliverableCsvRow) =>
  createRow(db, who, DELIVERABLES, values);

export const updateDeliverable = (
  db: Db,
  who: Who,
  input: { id: number; version: number; values: DeliverableCsvRow },
) => updateRow(db, who, DELIVERABLES, input);

/** Removes a deliverable entered by mistake (a cancelled one keeps its row with status `cancelled`). */
export function deleteDeliverable(
  db: Db,
  who: Who,
  input: { id: number; version: number },
): Promise<WriteResult<DeliverableRecord>> {
  return removeVersioned(db, who, DELIVERABLES, input, (trx, record) =>
    trx.deleteFrom('deliverables').where('id', '=', record.id).execute(),
  );
}
