import { changedColumns, type EntityValues, type SlaCsvRow, slasFile, toCell } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { recomputeMeasurementStatuses } from '../interchange/recompute-statuses.ts';
import { engagementForNewRow, fixedEngagement } from './engagement-refs.ts';
import {
  changeVersioned,
  invalid,
  isoOrNull,
  recordCreated,
  setArchived,
  snapshot,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
} from './write-support.ts';

/** An SLA as the data-entry forms edit it. */
export type SlaRecord = {
  id: number;
  version: number;
  engagementId: number;
  archivedAt: string | null;
  /** How many measurements it has: changing its levels judges them again. */
  measurements: number;
  values: EntityValues<'slas.csv'>;
};

function selectSlas(db: Db | Trx) {
  return db
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select([
      's.id',
      's.version',
      's.engagement_id',
      's.archived_at',
      'e.code as engagement',
      's.code',
      's.name',
      's.unit',
      's.direction',
      's.expected',
      's.minimum',
      's.kind',
      's.allocation_pct',
      (eb) =>
        eb
          .selectFrom('measurements as m')
          .whereRef('m.sla_id', '=', 's.id')
          .select((m) => m.fn.countAll<number>().as('n'))
          .as('measurements'),
    ]);
}

type SlaSelection = Awaited<ReturnType<ReturnType<typeof selectSlas>['executeTakeFirstOrThrow']>>;

function toRecord(row: SlaSelection): SlaRecord {
  const { id, version, engagement_id, archived_at, measurements, ...columns } = row;
  const values = Object.fromEntries(
    slasFile.columns.map((column) => [column, toCell(columns[column])]),
  ) as EntityValues<'slas.csv'>;
  return {
    id,
    version,
    engagementId: engagement_id,
    archivedAt: isoOrNull(archived_at),
    measurements: Number(measurements ?? 0),
    values,
  };
}

/** An engagement's SLAs, archived ones included, by code. */
export async function listSlaRecords(db: Db, engagementCode: string): Promise<SlaRecord[]> {
  const rows = await selectSlas(db).where('e.code', '=', engagementCode).orderBy('s.code').execute();
  return rows.map(toRecord);
}

async function lockSla(trx: Trx, id: number): Promise<SlaRecord | undefined> {
  await trx.selectFrom('slas').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  const row = await selectSlas(trx).where('s.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

const keyOf = (values: { engagement: string; code: string }) => `${values.engagement}/${values.code}`;

const duplicateCode = (values: SlaCsvRow) => ({
  path: 'values.code',
  message: `engagement ${values.engagement} has an SLA ${values.code} already`,
});

async function codeTaken(trx: Trx, engagementId: number, code: string, exceptId: number | null) {
  let query = trx
    .selectFrom('slas')
    .select('id')
    .where('engagement_id', '=', engagementId)
    .where('code', '=', code);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

function columnsOf(values: SlaCsvRow) {
  const { engagement: _engagement, ...rest } = values;
  return rest;
}

/** SLAs as versioned rows: locked by id, named by their engagement and code. */
const SLAS: VersionedRows<SlaRecord> = {
  entity: 'sla',
  missing: (id) => `No SLA with id ${id}`,
  lock: lockSla,
  keyOf: (record) => keyOf(record.values),
  engagementOf: (record) => record.engagementId,
  audited: snapshot,
};

export function createSla(db: Db, who: Who, values: SlaCsvRow): Promise<WriteResult<SlaRecord>> {
  return writeInTransaction(db, duplicateCode(values), async (trx) => {
    const found = await engagementForNewRow(trx, values.engagement);
    if ('issue' in found) return invalid('values.engagement', found.issue);
    if (await codeTaken(trx, found.engagement.id, values.code, null)) {
      return invalid('values.code', duplicateCode(values).message);
    }
    const { id } = await trx
      .insertInto('slas')
      .values({ ...columnsOf(values), engagement_id: found.engagement.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    return recordCreated(trx, who, SLAS, id);
  });
}

/**
 * Changes an SLA when its version is still `version`. When its direction or levels change, the stored status of
 * each of its measurements is judged again by the new levels, in the same transaction.
 */
export function updateSla(
  db: Db,
  who: Who,
  input: { id: number; version: number; values: SlaCsvRow },
): Promise<WriteResult<SlaRecord>> {
  return writeInTransaction(db, duplicateCode(input.values), (trx) =>
    changeVersioned(trx, who, SLAS, input, { action: 'sla.update' }, async (before) => {
      if (input.values.engagement !== before.values.engagement) {
        return invalid('values.engagement', fixedEngagement('an SLA', before.values.engagement));
      }
      const proposed = Object.fromEntries(slasFile.columns.map((c) => [c, toCell(input.values[c])]));
      const changed = changedColumns(slasFile, before.values, proposed);
      if (changed.length === 0) return 'unchanged';
      if (await codeTaken(trx, before.engagementId, input.values.code, input.id)) {
        return invalid('values.code', duplicateCode(input.values).message);
      }
      await trx
        .updateTable('slas')
        .set({ ...columnsOf(input.values), version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', input.id)
        .execute();
      if (!changed.some((c) => c === 'direction' || c === 'expected' || c === 'minimum'))
        return { changed: true };
      // New levels judge the SLA's stored measurements again, in the same transaction.
      const { direction, expected, minimum } = input.values;
      const statusesChanged = await recomputeMeasurementStatuses(trx, [
        { id: input.id, levels: { direction, expected, minimum } },
      ]);
      return { changed: true, detail: { statusesChanged } };
    }),
  );
}

/**
 * Archives an SLA (it leaves the reports and the monthly entry; its measurements and history stay) or restores it.
 */
export function setSlaArchived(
  db: Db,
  who: Who,
  input: { id: number; version: number; archived: boolean },
): Promise<WriteResult<SlaRecord>> {
  return setArchived(db, who, { ...SLAS, table: 'slas' }, input);
}
