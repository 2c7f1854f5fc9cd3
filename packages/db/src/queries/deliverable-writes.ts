import {
  changedColumns,
  type DeliverableCsvRow,
  deliverablesFile,
  type EntityValues,
  toCell,
} from '@portfolio/domain';
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
    .select([
      'd.id',
      'd.version',
      'd.engagement_id',
      'e.currency',
      'e.code as engagement',
      'd.code',
      'd.title',
      'd.kind',
      'd.requested_date',
      'd.due_date',
      'd.delivered_date',
      'd.status',
      'd.quality',
      'd.revisions',
      'd.actioned',
      'd.estimated_value',
    ]);
}

type DeliverableSelection = Awaited<
  ReturnType<ReturnType<typeof selectDeliverables>['executeTakeFirstOrThrow']>
>;

function toRecord(row: DeliverableSelection): DeliverableRecord {
  const { id, version, engagement_id, currency, ...columns } = row;
  const values = Object.fromEntries(
    deliverablesFile.columns.map((column) => [column, toCell(columns[column])]),
  ) as EntityValues<'deliverables.csv'>;
  return { id, version, engagementId: engagement_id, currency, values };
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

async function lockDeliverable(trx: Trx, id: number): Promise<DeliverableRecord | undefined> {
  await trx.selectFrom('deliverables').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  const row = await selectDeliverables(trx).where('d.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

const keyOf = (v: { engagement: string; code: string }) => `${v.engagement}/${v.code}`;

const duplicateCode = (values: DeliverableCsvRow) => ({
  path: 'values.code',
  message: `engagement ${values.engagement} has a deliverable ${values.code} already`,
});

async function codeTaken(trx: Trx, engagementId: number, values: DeliverableCsvRow, exceptId: number | null) {
  let query = trx
    .selectFrom('deliverables')
    .select('id')
    .where('engagement_id', '=', engagementId)
    .where('code', '=', values.code);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

function columnsOf(values: DeliverableCsvRow) {
  const { engagement: _engagement, ...rest } = values;
  return rest;
}

/** Deliverables as versioned rows: locked by id, named by their engagement and code. */
const DELIVERABLES: VersionedRows<DeliverableRecord> = {
  entity: 'deliverable',
  missing: (id) => `No deliverable with id ${id}`,
  lock: lockDeliverable,
  keyOf: (record) => keyOf(record.values),
  engagementOf: (record) => record.engagementId,
  audited: snapshot,
};

export function createDeliverable(
  db: Db,
  who: Who,
  values: DeliverableCsvRow,
): Promise<WriteResult<DeliverableRecord>> {
  return writeInTransaction(db, duplicateCode(values), async (trx) => {
    const found = await engagementForNewRow(trx, values.engagement);
    if ('issue' in found) return invalid('values.engagement', found.issue);
    if (await codeTaken(trx, found.engagement.id, values, null)) {
      return invalid('values.code', duplicateCode(values).message);
    }
    const { id } = await trx
      .insertInto('deliverables')
      .values({ ...columnsOf(values), engagement_id: found.engagement.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    return recordCreated(trx, who, DELIVERABLES, id);
  });
}

export function updateDeliverable(
  db: Db,
  who: Who,
  input: { id: number; version: number; values: DeliverableCsvRow },
): Promise<WriteResult<DeliverableRecord>> {
  return writeInTransaction(db, duplicateCode(input.values), (trx) =>
    changeVersioned(trx, who, DELIVERABLES, input, { action: 'deliverable.update' }, async (before) => {
      if (input.values.engagement !== before.values.engagement) {
        return invalid('values.engagement', fixedEngagement('a deliverable', before.values.engagement));
      }
      const proposed = Object.fromEntries(deliverablesFile.columns.map((c) => [c, toCell(input.values[c])]));
      if (changedColumns(deliverablesFile, before.values, proposed).length === 0) return 'unchanged';
      if (await codeTaken(trx, before.engagementId, input.values, input.id)) {
        return invalid('values.code', duplicateCode(input.values).message);
      }
      await trx
        .updateTable('deliverables')
        .set({ ...columnsOf(input.values), version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', input.id)
        .execute();
      return { changed: true };
    }),
  );
}

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
